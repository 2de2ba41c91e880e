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
        let outcome = FirstOutcome<Result>()
        let attempt = Task {
            do {
                let result = try await self.withConnection { connection in
                    // A connection that arrives after the caller gave up is not used.
                    guard lease.markLeased() else { throw CancellationError() }
                    return try await DatabaseDeadline.run(what, within: limit, closing: connection, logger: logger) {
                        try await body(connection)
                    }
                }
                outcome.resume(.success(result))
            } catch {
                outcome.resume(.failure(error))
            }
        }
        // Waiting for a pooled connection has no timeout of its own: give up the wait at the
        // connect deadline, without waiting for the pool to acknowledge the cancellation.
        let watchdog = Task {
            try? await Task.sleep(for: connectLimit)
            guard !Task.isCancelled, lease.giveUpUnlessLeased() else { return }
            // The caller's answer first, then the cancellation: the cancelled wait fails with
            // the pool's own `requestCancelled`, which must not be what the caller sees.
            outcome.resume(.failure(DatabaseInterruption.connectionLost(
                what, detail: "no connection to the database within \(DatabaseDeadlines.text(connectLimit))")))
            attempt.cancel()
        }
        defer { watchdog.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await outcome.value()
            } onCancel: {
                attempt.cancel()
                if lease.giveUpUnlessLeased() { outcome.resume(.failure(CancellationError())) }
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

/// Whether a lease arrived before the connect deadline gave up on it.
private final class LeaseWatch: Sendable {
    private let state = Mutex((leased: false, gaveUp: false))

    /// Records that the connection came; false if the wait was given up already.
    func markLeased() -> Bool {
        state.withLock { state in
            guard !state.gaveUp else { return false }
            state.leased = true
            return true
        }
    }

    /// Gives up the wait unless the connection came; true if it gave up.
    func giveUpUnlessLeased() -> Bool {
        state.withLock { state in
            guard !state.leased else { return false }
            state.gaveUp = true
            return true
        }
    }

}

/// The first result handed to it, awaited once.
private final class FirstOutcome<Value: Sendable>: Sendable {
    private let state = Mutex<(result: Result<Value, any Error>?, waiter: CheckedContinuation<Value, any Error>?)>((nil, nil))

    func resume(_ result: Result<Value, any Error>) {
        let waiter = state.withLock { state -> CheckedContinuation<Value, any Error>? in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }

    func value() async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let ready = state.withLock { state -> Result<Value, any Error>? in
                if let result = state.result { return result }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
