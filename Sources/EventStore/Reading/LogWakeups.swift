import Logging
import PostgresNIO
import Synchronization

/// The wake-ups of every follower of the log in a process, from ONE listening connection:
/// a projection runner leading twelve read models listens once, not twelve times.
///
/// It exists because LISTEN is a session feature: it needs a connection of its own, held
/// for as long as the process follows the log, straight to PostgreSQL (a pooler in
/// transaction mode cannot keep a LISTEN). One such connection is enough for any number
/// of followers: each notification, each poll tick and each reconnect wakes every
/// subscriber.
///
/// No wake-up is lost. Each subscriber has a buffer of one pending wake-up, so a
/// notification that arrives while it is busy makes it read again when it is done.
/// PostgresNIO's `listen(on:)` does not listen again after its connection dropped (nor
/// notice the drop): the connection's closing is watched (``DatabaseDeadline``), a fresh
/// one listens after `reconnectDelay`, and every subscriber is woken once it does, since
/// notifications sent meanwhile went nowhere. The poll tick bounds the delay of any
/// notification lost otherwise.
public final class LogWakeups: Sendable {
    private let client: PostgresClient
    private let channel: String
    private let deadlines: DatabaseDeadlines
    private let pollInterval: Duration
    private let reconnectDelay: Duration
    private let logger: Logger
    private let subscribers = Mutex<(next: Int, continuations: [Int: AsyncStream<Void>.Continuation])>((0, [:]))
    private let listens = Atomic<Int>(0)

    /// - Parameters:
    ///   - store: the log whose appends announce themselves (its notification channel).
    ///   - options: the poll interval and the reconnect delay.
    ///   The listening connection comes from the store's ``EventLog/sessions`` client,
    ///   straight to the server (not through a pooler in transaction mode).
    public init(store: EventLog, options: EventLog.SubscriptionOptions = .init()) {
        self.client = store.sessions
        self.channel = store.configuration.notificationChannel
        self.deadlines = store.configuration.deadlines
        self.pollInterval = options.pollInterval
        self.reconnectDelay = options.reconnectDelay
        self.logger = store.logger
    }

    /// A new subscriber's wake-ups, the first of them already pending; it stops
    /// receiving when the stream is dropped or its reader cancelled.
    public func subscribe() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = subscribers.withLock { state in
            defer { state.next += 1 }
            state.continuations[state.next] = continuation
            return state.next
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.continuations.removeValue(forKey: id) }
        }
        continuation.yield()
        return stream
    }

    /// How many times a listening connection started listening (1 + reconnects so far).
    public var listenCount: Int { listens.load(ordering: .relaxed) }

    /// Listens and ticks until the calling task is cancelled.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.listen() }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.pollInterval)
                    self.wakeAll()
                }
            }
            await group.waitForAll()
        }
    }

    /// Wakes every subscriber.
    func wakeAll() {
        let continuations = subscribers.withLock { Array($0.continuations.values) }
        for continuation in continuations { continuation.yield() }
    }

    /// Listens on a connection of its own, listening again on a fresh one when it drops.
    private func listen() async {
        while !Task.isCancelled {
            do {
                // No time limit, but a closed connection ends the wait at once: PostgresNIO's
                // listen does not notice a dropped connection, and would wait for ever.
                let channel = channel
                try await client.withConnection(
                    "listening for appended events", within: nil, connectWithin: deadlines.connect, logger: logger
                ) { connection in
                    try await connection.listen(on: channel) { notifications in
                        self.listens.add(1, ordering: .relaxed)
                        // Anything appended while not listening is read now.
                        self.wakeAll()
                        for try await _ in notifications { self.wakeAll() }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("event notifications interrupted; listening again", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: reconnectDelay)
        }
    }
}
