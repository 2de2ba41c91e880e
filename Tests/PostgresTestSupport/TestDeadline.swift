import Synchronization

/// A test's own bound on how long something may take, so that a regression to a hang
/// fails the test instead of hanging the suite. It does not wait for the work it gives up
/// on (which may never end).
public enum TestDeadline {
    /// Long enough for what finishes in seconds on a quiet machine to finish when the whole
    /// suite runs at once on two cores (one wake-up was measured 74 s late then); a hang
    /// never finishes at all.
    public static let hang: Duration = .seconds(180)

    public struct Exceeded: Error, CustomStringConvertible {
        public let description: String
    }

    /// `body`'s result, or ``Exceeded`` once `limit` has passed.
    public static func within<Result: Sendable>(
        _ limit: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        let once = Once<Result>()
        return try await withCheckedThrowingContinuation { continuation in
            once.wait(continuation)
            Task {
                do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: limit)
                once.resume(.failure(Exceeded(description: "\(what) did not end within \(limit): it hangs")))
            }
        }
    }
}

private final class Once<Value: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Value, any Error>?>(nil)

    func wait(_ continuation: CheckedContinuation<Value, any Error>) {
        self.continuation.withLock { $0 = continuation }
    }

    func resume(_ result: Result<Value, any Error>) {
        let waiting = continuation.withLock { value -> CheckedContinuation<Value, any Error>? in
            defer { value = nil }
            return value
        }
        waiting?.resume(with: result)
    }
}
