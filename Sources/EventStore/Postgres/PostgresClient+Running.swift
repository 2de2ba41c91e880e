import Logging
import PostgresNIO

extension PostgresClient {
    /// Why the database could not be used.
    public struct UnreachableError: Error, CustomStringConvertible {
        public let url: String
        public let reason: String
        public var description: String { "cannot reach the database at \(url): \(reason)" }
    }

    /// Runs `body` with a client to `url` whose `run()` is running beside it, then
    /// shuts the client down. For one-shot work: command-line commands, tests, benchmarks.
    ///
    /// Waiting for a pooled connection has no timeout of its own, so the database is
    /// first asked `SELECT 1` within `reachableWithin`; an unreachable server is an error
    /// that names it, not a hang. `maximumConnections` caps the pool (PostgresNIO's default: 20).
    /// `sessionParameters` are server settings every connection starts with (the
    /// application's: ``DatabaseDeadlines/sessionParameters``).
    public static func withRunningClient<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        reachableWithin timeout: Duration = .seconds(15),
        maximumConnections: Int? = nil,
        sessionParameters: [(String, String)] = [],
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        var configuration = try url.clientConfiguration(sessionParameters: sessionParameters)
        if let maximumConnections { configuration.options.maximumConnections = maximumConnections }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.checkReachable(url: url, within: timeout, logger: logger)
            return try await body(client)
        }
    }

    /// Asks the server `SELECT 1`, failing with ``UnreachableError`` after `timeout`.
    public func checkReachable(url: DatabaseURL, within timeout: Duration, logger: Logger) async throws {
        do {
            try await withConnection("SELECT 1", within: timeout, connectWithin: timeout, logger: logger) { connection in
                _ = try await connection.query("SELECT 1", logger: logger)
            }
        } catch let interruption as DatabaseInterruption {
            let reason: String
            switch interruption {
            case .timedOut: reason = "no answer within \(timeout)"
            case .connectionLost(_, let detail): reason = detail.hasPrefix("no connection") ? "no connection within \(timeout)" : detail
            }
            // The pool retries quietly; one direct attempt tells why it cannot connect.
            if let cause = await url.connectionFailure(within: .seconds(5), logger: logger) {
                throw UnreachableError(url: url.description, reason: "\(reason): \(cause)")
            }
            throw UnreachableError(url: url.description, reason: reason)
        } catch let error as PSQLError {
            throw UnreachableError(url: url.description, reason: DatabaseErrorText.describe(error))
        }
    }
}
