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
    public static func withRunningClient<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        reachableWithin timeout: Duration = .seconds(15),
        maximumConnections: Int? = nil,
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        var configuration = url.clientConfiguration()
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
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await self.query("SELECT 1", logger: logger)
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            do {
                guard try await group.next() == true else {
                    throw UnreachableError(url: url.description, reason: "no connection within \(timeout)")
                }
            } catch let error as PSQLError {
                throw UnreachableError(url: url.description, reason: DatabaseErrorText.describe(error))
            }
        }
    }
}
