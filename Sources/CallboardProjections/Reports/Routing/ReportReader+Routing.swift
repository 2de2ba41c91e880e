import EventStore
import Foundation
import PostgresNIO
import Projections

/// Where a read may run: the primary only (an as-of read over scratch views creates them,
/// which a hot standby refuses), a replica (the primary when the task needs a minimum position), or a
/// replica whose read models have reached the task's ``ReportReader/minimumPosition``.
enum ReadRoute: Sendable {
    case primary
    case replica
    case replicaReaching([any Projection])
}

/// A replica has not yet applied the position the reader needs.
struct ReplicaBehind: Error {}

extension ReportReader {
    /// Runs `body` on a connection of a usable replica (the next in turn; `onReplica` true),
    /// else of the primary: a replica that does not connect is skipped (and measured again),
    /// one that refuses the read as a standby sends it to the primary, one that has not
    /// reached the minimum position is waited for up to ``ReadReplicaSettings/positionWaitSeconds``,
    /// polling every 50 ms, and then the primary answers. Any other error is the caller's.
    func onReadConnection<Result: Sendable>(
        _ what: String, within limit: Duration?, route: ReadRoute,
        _ body: @escaping @Sendable (PostgresConnection, _ onReplica: Bool) async throws -> Result
    ) async throws -> Result {
        let (logger, store) = (logger, store)
        let deadlines = store.configuration.deadlines
        let primary = {
            let result = try await store.client.withConnection(
                what, within: limit, connectWithin: deadlines.connect, logger: logger) { try await body($0, false) }
            ProgressHeartbeat.current?.beat()
            return result
        }
        guard let replicas, !replicas.replicas.isEmpty else { return try await primary() }
        switch route {
        case .primary: return try await primary()
        // The read models' positions (ETags, cached answers) for a reader that needs a position:
        // the primary's, so that no answer cached before that position is served.
        case .replica where Self.minimumPosition != nil: return try await primary()
        case .replica, .replicaReaching: break
        }
        let waitUntil = ContinuousClock.now + .milliseconds(Int64(replicas.settings.positionWaitSeconds * 1000))
        while true {
            var behind = false
            for replica in await replicas.readOrder() {
                do {
                    return try await replica.client.withConnection(
                        what, within: limit, connectWithin: replicas.connectLimit, logger: logger) { try await body($0, true) }
                } catch is ReplicaBehind {
                    behind = true
                } catch {
                    switch ReplicaReadFailure(error) {
                    case .unreachable: replicas.markUnreachable(replica)
                    case .needsPrimary: return try await primary()
                    case .other: throw error
                    }
                }
            }
            guard behind, ContinuousClock.now < waitUntil, !Task.isCancelled else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await primary()
    }
}
