import Logging
import PostgresNIO

extension PostgresClient {
    /// Leases a connection, waiting at most `connectWithin` for one, and runs `body` on it
    /// under ``DatabaseDeadline``: within `limit` (nil: no time limit), and failing at once
    /// if the server closes the connection.
    ///
    /// - Throws: ``DatabaseInterruption/connectionLost(_:detail:)`` when no connection came
    ///   in time or it was lost, ``DatabaseInterruption/timedOut(_:after:)``, or `body`'s error.
    public func withConnection<Result: Sendable>(
        _ what: String,
        within limit: Duration?,
        connectWithin connectLimit: Duration,
        logger: Logger,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await withConnection(what, within: limit, connectWithin: connectLimit, logger: logger, watch: .shared, body)
    }

    /// ``withConnection(_:within:connectWithin:logger:_:)`` watched by `watch` (tests watch their own calls).
    func withConnection<Result: Sendable>(
        _ what: String,
        within limit: Duration?,
        connectWithin connectLimit: Duration,
        logger: Logger,
        watch: DeadlineWatch,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        // One task and one watch entry: the wait for a lease ends at the connect deadline
        // (the pool's wait has no timeout of its own, and is given up without waiting for
        // the pool to acknowledge it); the call's limit starts with the lease.
        let race = DeadlineRace<Result>(what, within: limit, connectWithin: connectLimit)
        do {
            return try await DatabaseDeadline.guarded(race, logger: logger, watch: watch) { leased in
                try await self.withConnection { connection in
                    // A connection that arrives after the caller gave up is not used.
                    guard leased(connection) else { throw CancellationError() }
                    return try await body(connection)
                }
            }
        } catch let error as PSQLError where Self.meansConnectionLost(error) {
            throw DatabaseInterruption.connectionLost(what, detail: DatabaseErrorText.describe(error))
        }
    }

    /// Whether PostgresNIO's error says the connection went away (rather than that the
    /// server refused a statement).
    static func meansConnectionLost(_ error: PSQLError) -> Bool {
        if let state = error.serverInfo?[.sqlState] {
            // 57P01 admin shutdown (pg_terminate_backend), 57P02 crash shutdown, 57P03 cannot connect now.
            return ["57P01", "57P02", "57P03"].contains(state)
        }
        return [.serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection].contains(error.code)
    }
}
