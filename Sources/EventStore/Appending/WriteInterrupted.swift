import Synchronization

/// A write that did not complete because the database went away under it or did not
/// answer in time (``DatabaseInterruption``), after every attempt it was allowed.
///
/// Writes are transactions, so an interrupted one wrote nothing, unless its COMMIT had
/// already been sent when the connection went: then only the database knows, and running
/// the same idempotent write again stores whatever is missing and nothing twice.
public struct WriteInterrupted: Error, Sendable, CustomStringConvertible {
    public let interruption: DatabaseInterruption
    public let attempts: Int
    /// Whether the last attempt's COMMIT had been sent when it was interrupted.
    public let commitWasSent: Bool

    public var description: String {
        let tries = attempts > 1 ? " (tried \(attempts) times)" : ""
        let outcome = commitWasSent
            ? "the commit had been sent when the connection went, so the events may or may not be stored"
            : "nothing was written (the transaction rolled back)"
        return "\(interruption)\(tries); \(outcome)"
    }
}

/// How many times a write was tried, and whether its last try's COMMIT has been sent,
/// for ``WriteInterrupted``.
final class CommitStage: Sendable {
    private let state = Mutex((attempts: 0, sent: false))

    /// A new attempt begins.
    func begin() { state.withLock { $0 = ($0.attempts + 1, false) } }
    func markSent() { state.withLock { $0.sent = true } }
    var wasSent: Bool { state.withLock { $0.sent } }
    var attempts: Int { state.withLock { max(1, $0.attempts) } }
}
