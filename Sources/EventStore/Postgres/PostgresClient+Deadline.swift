import Logging
import PostgresNIO
import Synchronization

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
        let lease = LeaseWatch()
        let attempt = Task {
            try await self.withConnection { connection in
                lease.markLeased()
                return try await DatabaseDeadline.run(what, within: limit, closing: connection, logger: logger) {
                    try await body(connection)
                }
            }
        }
        // Waiting for a pooled connection has no timeout of its own: cancel the wait.
        let watchdog = Task {
            try? await Task.sleep(for: connectLimit)
            if !Task.isCancelled, lease.giveUpUnlessLeased() { attempt.cancel() }
        }
        defer { watchdog.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await attempt.value
            } onCancel: {
                attempt.cancel()
            }
        } catch where lease.gaveUp {
            // The pool answers a cancelled wait with its own error (requestCancelled).
            throw DatabaseInterruption.connectionLost(
                what, detail: "no connection to the database within \(DatabaseDeadlines.text(connectLimit))")
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

/// Whether a lease arrived before the connect deadline gave up on it.
private final class LeaseWatch: Sendable {
    private let state = Mutex((leased: false, gaveUp: false))

    func markLeased() { state.withLock { $0.leased = true } }

    /// Gives up the wait unless the connection came; true if it gave up.
    func giveUpUnlessLeased() -> Bool {
        state.withLock { state in
            guard !state.leased else { return false }
            state.gaveUp = true
            return true
        }
    }

    var gaveUp: Bool { state.withLock { $0.gaveUp } }
}
