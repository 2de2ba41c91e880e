import EventStore

/// How a projection runner leads: the settings of ``ProjectionEngine/run(options:standbyRetry:stallLimit:)``
/// and the shared listener its followers wake on, handed down together.
struct LeadershipPlan: Sendable {
    let options: EventLog.SubscriptionOptions
    /// How long a runner waits before trying a lock again (after losing it, or finding it held).
    let standbyRetry: Duration
    /// How long a follower may go without a completed database call before it gives up.
    let stallLimit: Duration
    let wakeups: LogWakeups
}
