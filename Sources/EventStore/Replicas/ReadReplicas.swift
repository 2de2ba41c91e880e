import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The streaming replicas (PostgreSQL hot standbys) a process sends its reads to, so that
/// reports and exports do not compete with appends, imports and projections on the primary.
///
/// Each replica has a client of its own. ``readOrder()`` hands out the usable ones round-robin:
/// a replica that does not connect, or lags more than ``ReadReplicaSettings/maximumLagSeconds``,
/// is skipped; with none usable, readers read the primary. Health is measured at most once per
/// ``ReadReplicaSettings/healthMaxAgeSeconds`` however many readers ask.
///
/// Lag is measured in the log's own terms: a replica's newest event (its highest position),
/// then, on the primary, how long ago the first event after it was recorded. Unlike
/// `pg_last_xact_replay_timestamp()` this does not grow while the primary is idle, and unlike
/// comparing WAL positions it says how stale a report read there would be. A replica found
/// beyond the bound is measured once more after a moment, so a replica that lacks only a
/// transaction committed a millisecond ago (whose events may carry an older recording time)
/// is not reported behind.
public final class ReadReplicas: Sendable {
    /// One replica and its client.
    public struct Replica: Sendable {
        public let url: DatabaseURL
        public let client: PostgresClient
        let index: Int
    }

    public let replicas: [Replica]
    public let settings: ReadReplicaSettings
    let primary: PostgresClient
    let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var next = 0
        var health: [ReplicaHealth]?
        var measuredAt: ContinuousClock.Instant?
        var measuring: Task<[ReplicaHealth], Never>?
    }

    /// Clients for `settings.urls` (not running yet: run ``clients`` as services, or use
    /// ``withRunningClients(_:)``); `primary` is asked how far behind each replica is.
    public init(
        settings: ReadReplicaSettings, primary: PostgresClient, sessionParameters: [(String, String)] = [],
        logger: Logger
    ) throws {
        self.settings = settings
        self.primary = primary
        self.logger = logger
        replicas = try settings.urls.enumerated().map { index, url in
            let configuration = try url.clientConfiguration(sessionParameters: sessionParameters)
            return Replica(url: url, client: PostgresClient(configuration: configuration, backgroundLogger: logger), index: index)
        }
    }

    /// The replicas' clients, whose `run()` must be running while reads use them.
    public var clients: [PostgresClient] { replicas.map(\.client) }

    /// Runs `body` with the replicas' clients running beside it.
    public func withRunningClients<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            for client in clients { group.addTask { await client.run() } }
            defer { group.cancelAll() }
            return try await body()
        }
    }

    /// How long a read waits for a replica's connection before trying the next one.
    public var connectLimit: Duration { .milliseconds(Int64(settings.connectSeconds * 1000)) }

    /// The usable replicas, the next one in turn first; empty: read the primary.
    public func readOrder() async -> [Replica] {
        let health = await health()
        let usable = replicas.filter { health[$0.index].isUsable(maximumLagSeconds: settings.maximumLagSeconds) }
        guard !usable.isEmpty else { return [] }
        let start = state.withLock { state -> Int in
            defer { state.next &+= 1 }
            return state.next
        }
        let offset = start % usable.count
        return Array(usable[offset...] + usable[..<offset])
    }

    /// Forgets the last measurement (a read found `replica` unreachable): the next read measures again.
    public func markUnreachable(_ replica: Replica) {
        logger.warning("read replica unreachable; reading elsewhere", metadata: ["replica": "\(replica.url)"])
        state.withLock { state in
            if state.measuring == nil { state.health = nil }
        }
    }

    /// Every replica's health, measured at most once per ``ReadReplicaSettings/healthMaxAgeSeconds``
    /// (`fresh`: measured now).
    public func health(fresh: Bool = false) async -> [ReplicaHealth] {
        let maxAge = Duration.milliseconds(Int64(settings.healthMaxAgeSeconds * 1000))
        enum Next { case known([ReplicaHealth]), wait(Task<[ReplicaHealth], Never>) }
        let next = state.withLock { state -> Next in
            if !fresh, let health = state.health, let at = state.measuredAt, ContinuousClock.now - at < maxAge { return .known(health) }
            if let measuring = state.measuring { return .wait(measuring) }
            let task = Task { await self.measure() }
            state.measuring = task
            return .wait(task)
        }
        switch next {
        case .known(let health): return health
        case .wait(let task):
            let health = await task.value
            state.withLock { state in
                if state.measuring != nil {
                    state.measuring = nil
                    state.health = health
                    state.measuredAt = .now
                }
            }
            return health
        }
    }

    private func measure() async -> [ReplicaHealth] {
        await withTaskGroup(of: (Int, ReplicaHealth).self) { group in
            for replica in replicas { group.addTask { (replica.index, await self.measure(replica)) } }
            var found: [Int: ReplicaHealth] = [:]
            for await (index, health) in group { found[index] = health }
            return replicas.indices.map { found[$0] ?? ReplicaHealth(replica: String($0 + 1), state: .down("not measured")) }
        }
    }

    private func measure(_ replica: Replica) async -> ReplicaHealth {
        var health = await measureOnce(replica)
        if case .up(let lag?, _) = health.state, lag > settings.maximumLagSeconds {
            try? await Task.sleep(for: .milliseconds(200))
            health = await measureOnce(replica)
        }
        return health
    }

    private func measureOnce(_ replica: Replica) async -> ReplicaHealth {
        let (limit, logger) = (connectLimit, logger)
        // Numbered in the order of the configuration: `/readyz` answers anyone, so it names no host.
        let name = String(replica.index + 1)
        let newest: (Bool, Int64)
        do {
            newest = try await replica.client.withConnection(
                "read replica check", within: limit, connectWithin: limit, logger: logger
            ) { connection in
                let rows = try await connection.query("""
                    SELECT pg_is_in_recovery(), coalesce((SELECT position FROM events ORDER BY position DESC LIMIT 1), 0)
                    """, logger: logger)
                for try await row in rows.decode((Bool, Int64).self) { return row }
                return (true, 0)
            }
        } catch {
            return ReplicaHealth(replica: name, state: .down(Self.reason(error)))
        }
        let lag = try? await primary.withConnection(
            "read replica lag", within: limit, connectWithin: limit, logger: logger
        ) { connection -> Double in
            let rows = try await connection.query("""
                SELECT extract(epoch FROM clock_timestamp() - recorded_at)::float8 FROM events
                 WHERE position > \(newest.1) ORDER BY position LIMIT 1
                """, logger: logger)
            for try await seconds in rows.decode(Double.self) { return max(0, seconds) }
            return 0
        }
        return ReplicaHealth(replica: name, state: .up(lagSeconds: lag, inRecovery: newest.0))
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError { return DatabaseErrorText.describe(error) }
        return "\(error)"
    }
}
