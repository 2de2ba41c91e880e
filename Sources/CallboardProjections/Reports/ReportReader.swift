import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Answers report queries from the read models: live, or as of a past instant.
///
/// Live, a query runs in one REPEATABLE READ transaction, always rolled back, that also reads
/// the read models' checkpoints, so the position it reports is exactly what it saw. (Not
/// READ ONLY: a query may create scratch views over the history, e.g. for a closed month's
/// figures, which the rollback discards.) (Catching
/// the projections up first is the caller's choice: see `ProjectionEngine.catchUpAll`.)
///
/// With `replicas`, live and as-of queries and the positions read before them go to a read replica
/// (``ReadReplicas``: round-robin, skipping one that is down or lags), honouring the
/// ``minimumPosition`` of the task (read-your-writes); the primary answers when none can.
public struct ReportReader: Sendable {
    public let store: EventLog
    let logger: Logger
    /// Events per replayed batch in as-of reports.
    public var replayBatchSize = 5000
    /// Where live reads go first; nil: the primary (the store's client) only.
    public let replicas: ReadReplicas?

    /// The position the current request or command needs its answers to reflect (see
    /// ``MinimumPosition``); nil: any replica within the lag bound will do.
    @TaskLocal public static var minimumPosition: MinimumPosition?

    public init(store: EventLog, logger: Logger, replicas: ReadReplicas? = nil) {
        self.store = store
        self.logger = logger
        self.replicas = replicas
    }

    /// The query against the live read models `rm_<name>`.
    public func live<Query: ReportQuery>(_ query: Query) async throws -> ReportResult<Query.Output> {
        try await inTransaction(
            "BEGIN ISOLATION LEVEL REPEATABLE READ", endingWith: "ROLLBACK", within: store.configuration.deadlines.statement,
            on: .replicaReaching(query.readModels)
        ) { [logger] connection in
            let position = try await leastAdvancedCheckpoint(query.readModels.map(\.name), on: connection)
            let output = try await query.read(from: ReadModelSource(connection: connection, schemas: .live, logger: logger))
            return ReportResult(output: output, position: position, asOf: nil)
        }
    }

    /// Runs `body` between `begin` and `end` on one connection; rolls back if it throws.
    /// It fails within `limit` (nil: no time limit) and as soon as the connection is lost
    /// (``DatabaseDeadline``), never hanging its caller (a client's request, a report).
    /// `route` says whether a replica may answer (``ReadRoute``).
    func inTransaction<Result: Sendable>(
        _ begin: String, endingWith end: String, within limit: Duration?, on route: ReadRoute = .primary,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let logger = logger
        let minimum = Self.minimumPosition
        return try await onReadConnection("report query", within: limit, route: route) { connection, onReplica in
            try await connection.query(PostgresQuery(unsafeSQL: begin), logger: logger)
            do {
                if onReplica, let minimum, case .replicaReaching(let readModels) = route,
                   !(try await ReadModelReach.reached(minimum, by: readModels, on: connection, logger: logger)) {
                    throw ReplicaBehind()
                }
                let result = try await body(connection)
                try await connection.query(PostgresQuery(unsafeSQL: end), logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Every installed read model's checkpoint, by name, in one statement: what a reader
    /// checks before answering from cache or with 304 Not Modified.
    public func positions() async throws -> [String: LogCheckpoint] {
        let logger = logger
        return try await onReadConnection("reading the read models' positions", within: store.configuration.deadlines.statement, route: .replica) { connection, _ in
            let rows = try await connection.query(
                "SELECT name, transaction_id::text, position FROM projection_checkpoints", logger: logger)
            var found: [String: LogCheckpoint] = [:]
            for try await (name, transaction, position) in rows.decode((String, String, Int64).self) {
                found[name] = LogCheckpoint(transactionText: transaction, position: position)
            }
            return found
        }
    }

    private func leastAdvancedCheckpoint(_ names: [String], on connection: PostgresConnection) async throws -> LogCheckpoint {
        let rows = try await connection.query("""
            SELECT name, transaction_id::text, position FROM projection_checkpoints WHERE name = ANY(\(names))
            """, logger: logger)
        var found: [String: LogCheckpoint] = [:]
        for try await (name, transaction, position) in rows.decode((String, String, Int64).self) {
            found[name] = LogCheckpoint(transactionText: transaction, position: position)
        }
        if let missing = names.first(where: { found[$0] == nil }) { throw ProjectionError.notInstalled(missing) }
        return found.values.min() ?? .start
    }
}
