import Synchronization

/// When a piece of long-running work last completed a database call, for a watchdog that
/// must tell a worker making progress from one that hangs (a projection leader that holds
/// its lock but applies nothing).
///
/// Set it as ``current`` around the work: every call through ``EventLog/withConnection(_:within:attempts:_:)``
/// that completes beats it, in the task and the tasks it starts.
public final class ProgressHeartbeat: Sendable {
    @TaskLocal public static var current: ProgressHeartbeat?

    private let last = Mutex(ContinuousClock.now)

    public init() {}

    public func beat() {
        last.withLock { $0 = ContinuousClock.now }
    }

    /// The time since the last beat (or since it was made).
    public var silence: Duration {
        ContinuousClock.now - last.withLock { $0 }
    }
}
