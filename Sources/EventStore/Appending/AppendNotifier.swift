import Logging
import PostgresNIO
import Synchronization

/// Sends the NOTIFY that wakes subscribers after appends: off the appenders' path, and at
/// most one per ``window``.
///
/// NOTIFY takes a database-wide lock while its transaction commits, and a round trip of
/// its own. Sent inside every append it would serialise all commits and defeat group
/// commit; sent after every append it would double each appender's round trips. So an
/// append only records the position it committed and returns; one background task sends
/// a notification for the latest position, in its own asynchronously committed
/// transaction, then waits a window, and sends again only if more appends committed
/// meanwhile. No wake-up is lost: an announcement made while the task runs is seen by it
/// before it stops (both under one lock), so the last append of a burst is always
/// followed by a notification sent after its commit. A notification that fails to go
/// out only delays subscribers until their next poll.
final class AppendNotifier: Sendable {
    private struct State {
        var latestUnannounced: Int64?
        var isSending = false
        var idle: [CheckedContinuation<Void, Never>] = []
    }

    /// The shortest time between two notifications: bursts of appends within it share one.
    static let window: Duration = .milliseconds(20)

    private let client: PostgresClient
    private let channel: String
    private let deadlines: DatabaseDeadlines
    private let logger: Logger
    private let state = Mutex(State())

    init(client: PostgresClient, channel: String, deadlines: DatabaseDeadlines, logger: Logger) {
        self.client = client
        self.channel = channel
        self.deadlines = deadlines
        self.logger = logger
    }

    /// Records that events up to `position` committed, starting the sender if it is idle.
    /// Returns at once.
    func announce(_ position: Int64) {
        let starts = state.withLock { state -> Bool in
            state.latestUnannounced = max(state.latestUnannounced ?? position, position)
            guard !state.isSending else { return false }
            state.isSending = true
            return true
        }
        if starts { Task { await self.send() } }
    }

    /// Returns once every announced position has been notified (or failed to be).
    func drained() async {
        await withCheckedContinuation { continuation in
            let done = state.withLock { state -> Bool in
                guard state.isSending else { return true }
                state.idle.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    /// Notifies the latest announced position, once per window, until none is left.
    private func send() async {
        while true {
            let (next, waiting) = state.withLock { state -> (Int64?, [CheckedContinuation<Void, Never>]) in
                guard let position = state.latestUnannounced else {
                    // Stopping and waking those waiting for it happen under one lock, so a
                    // later announcement starts a new sender with its own waiters.
                    state.isSending = false
                    defer { state.idle = [] }
                    return (nil, state.idle)
                }
                state.latestUnannounced = nil
                return (position, [])
            }
            guard let position = next else {
                for waiter in waiting { waiter.resume() }
                return
            }
            await notify(position)
            try? await Task.sleep(for: Self.window)
        }
    }

    private func notify(_ position: Int64) async {
        do {
            let (channel, logger) = (channel, logger)
            try await client.withConnection(
                "append notification", within: deadlines.statement, connectWithin: deadlines.connect, logger: logger
            ) { connection in
                _ = try await connection.query("SELECT notify_appended(\(channel), \(position))", logger: logger)
            }
        } catch {
            // Subscribers poll as well; a lost wake-up only delays them.
            logger.debug("append notification not sent", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
