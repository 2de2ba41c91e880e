import Projections

extension ProjectionEngine {
    /// Installs and catches every read model up with everything committed, waiting while a
    /// transaction open elsewhere on the shared test server holds events back. Returns false
    /// when they are still behind after ``TestDatabase/heldBackTimeout``.
    public func settle() async throws -> Bool {
        try await install()
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while ContinuousClock.now < deadline {
            try await catchUpAll()
            if try await status().allSatisfy({ $0.eventsBehind == 0 }) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
