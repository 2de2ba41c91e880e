import Foundation

extension ProjectionEngine {
    /// Installs and catches every projection up with everything committed, waiting while a
    /// transaction open elsewhere on the server holds events back (readers only see events
    /// older than every running transaction). Returns false when `timeout` passes first.
    /// For tools and tests that need the read models current now, not eventually.
    public func settle(within timeout: Duration) async throws -> Bool {
        try await install()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            try await catchUpAll()
            if try await status().allSatisfy({ $0.eventsBehind == 0 }) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
