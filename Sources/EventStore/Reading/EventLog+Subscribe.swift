import Logging
import PostgresNIO

extension EventLog {
    /// How a catch-up subscription reads and waits.
    public struct SubscriptionOptions: Sendable {
        /// The most events handed to the handler at once.
        public var batchSize: Int = 1000
        /// How often the log is read when no notification arrives: the longest a lost
        /// notification can delay a subscriber.
        public var pollInterval: Duration = .seconds(1)
        /// The first wait before reading again when committed events are held back by an
        /// older transaction still running; it doubles up to a second (or `pollInterval`).
        public var pendingRetryDelay: Duration = .milliseconds(20)
        /// The wait before listening again after the notification connection dropped.
        public var reconnectDelay: Duration = .seconds(1)

        public init() {}
    }

    /// Follows the whole log from `checkpoint`, handing batches of events to `handle`
    /// in order, until the calling task is cancelled or `handle` throws.
    ///
    /// The subscriber catches up by reading, then waits for a NOTIFY from an append or
    /// for the poll interval, whichever comes first, and reads again from where it
    /// stands; so a lost notification or a dropped listening connection only delays it.
    /// After the notification connection reconnects it reads again as well.
    ///
    /// With `wakeups`, the subscriber is woken by that shared listener (whose `run()` the
    /// caller runs), and opens no connection of its own to listen; without, it listens on
    /// a connection of its own, from the store's client.
    public func subscribe(
        from checkpoint: LogCheckpoint,
        options: SubscriptionOptions = SubscriptionOptions(),
        wakeups shared: LogWakeups? = nil,
        handle: @Sendable (EventBatch) async throws -> Void
    ) async throws {
        let own = shared == nil ? LogWakeups(store: self, options: options) : nil
        let wakeups = (shared ?? own)!.subscribe()
        try await withThrowingTaskGroup(of: Void.self) { group in
            if let own { group.addTask { await own.run() } }
            defer { group.cancelAll() }

            var position = checkpoint
            var wakeupIterator = wakeups.makeAsyncIterator()
            // The stream starts with a wake-up pending: the first read is at once.
            while await wakeupIterator.next() != nil && !Task.isCancelled {
                position = try await catchUp(from: position, options: options, handle: handle)
            }
        }
    }

    /// Reads and hands on everything readable after `position`; while committed events
    /// are held back by an older running transaction, retries with a growing delay.
    private func catchUp(
        from start: LogCheckpoint, options: SubscriptionOptions, handle: @Sendable (EventBatch) async throws -> Void
    ) async throws -> LogCheckpoint {
        var position = start
        var retryDelay = options.pendingRetryDelay
        while true {
            try Task.checkCancellation()
            let events = try await readAll(after: position, limit: options.batchSize)
            if let last = events.last {
                position = last.checkpoint
                try await handle(EventBatch(events: events, checkpoint: position))
                if events.count == options.batchSize { continue }
            }
            guard try await hasPendingEvents(after: position) else { return position }
            try await Task.sleep(for: retryDelay)
            retryDelay = min(retryDelay * 2, options.pollInterval, .seconds(1))
        }
    }
}
