import Logging
import PostgresNIO

/// An append-only event log kept in PostgreSQL: streams of events appended with an
/// optimistic concurrency check, read back per stream or as one gap-free log.
///
/// The store is a thin, stateless front on a `PostgresClient`, whose `run()` must be
/// running (it is a lifecycle service). Its schema is `schema/0001_event_store.sql`.
public struct EventStore: Sendable {
    /// Tunable behaviour; the defaults suit production.
    public struct Configuration: Sendable {
        /// The LISTEN/NOTIFY channel appends announce themselves on.
        public var notificationChannel: String = "callboard_events"
        /// Whether appends send a notification to wake subscribers. Subscribers also
        /// poll, so switching this off only delays them.
        public var notifiesSubscribers: Bool = true

        public init() {}
    }

    public let client: PostgresClient
    public let configuration: Configuration
    let logger: Logger
    let notifier: AppendNotifier

    public init(client: PostgresClient, configuration: Configuration = Configuration(), logger: Logger = Logger(label: "event-store")) {
        self.client = client
        self.configuration = configuration
        self.logger = logger
        self.notifier = AppendNotifier(client: client, channel: configuration.notificationChannel, logger: logger)
    }

    /// Announces new events to subscribers, if configured to.
    func announceAppend(upTo position: Int64) async {
        guard configuration.notifiesSubscribers else { return }
        await notifier.announce(position)
    }
}
