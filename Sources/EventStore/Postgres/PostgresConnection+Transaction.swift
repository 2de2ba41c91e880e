import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs `body` inside BEGIN ... COMMIT, rolling back if it throws.
    ///
    /// Unlike PostgresNIO's `withTransaction`, the closure's own error is rethrown as it
    /// is, so typed errors (a refused append, say) reach the caller unwrapped.
    public func transaction<Result: Sendable>(
        logger: Logger,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await query("BEGIN", logger: logger)
        let result: Result
        do {
            result = try await body(self)
        } catch {
            _ = try? await query("ROLLBACK", logger: logger)
            throw error
        }
        try await query("COMMIT", logger: logger)
        return result
    }
}
