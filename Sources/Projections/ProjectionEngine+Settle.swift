import Foundation

extension ProjectionEngine {
    /// Installs and catches every projection up with everything committed, waiting while a
    /// transaction open elsewhere in this database holds events back (readers only see events
    /// below the log's read horizon, ``EventLog/readAll(after:limit:)``). Returns false when `timeout` passes with
    /// nothing applied: the timeout bounds the wait for held-back events, not the catch-up
    /// itself, which on a loaded machine may take longer than any fixed bound and is progress.
    /// For tools and tests that need the read models current now, not eventually.
    public func settle(within timeout: Duration) async throws -> Bool {
        try await install()
        var deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let applied = try await catchUpAll()
            if try await status().allSatisfy({ $0.eventsBehind == 0 }) { return true }
            if applied > 0 { deadline = ContinuousClock.now + timeout }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
