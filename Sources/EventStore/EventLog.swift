import Logging
import PostgresNIO

/// An append-only event log kept in PostgreSQL: streams of events appended with an
/// optimistic concurrency check, read back per stream or as one gap-free log.
///
/// The store is a thin, stateless front on a `PostgresClient`, whose `run()` must be
/// running (it is a lifecycle service). Its schema is `schema/0001_event_store.sql`.
public struct EventLog: Sendable {
    /// Tunable behaviour; the defaults suit production.
    public struct Configuration: Sendable {
        /// The LISTEN/NOTIFY channel appends announce themselves on.
        public var notificationChannel: String = "callboard_events"
        /// Whether appends send a notification to wake subscribers. Subscribers also
        /// poll, so switching this off only delays them.
        public var notifiesSubscribers: Bool = true
        /// How long a caller waits for the database (``DatabaseDeadlines``); by default
        /// from the `CALLBOARD_*_DEADLINE` environment variables.
        public var deadlines: DatabaseDeadlines = .fromEnvironment
        /// How many append calls a store runs at once before single-event appends wait and
        /// go together as a group, in one call and one commit (``GroupCommit``, group commit
        /// in the process). 0 turns grouping off: every append makes its own call.
        public var appendGroupsInFlight: Int = 2
        /// Whether appends run as statements prepared once per connection (no parsing or
        /// planning per append). Switched off by the store itself the first time a pooler
        /// in transaction mode loses a prepared statement (``AppendStatementMode``); false
        /// makes every append a plain query from the start.
        public var preparesAppends: Bool = true

        public init() {}
    }

    public let client: PostgresClient
    /// The client of the session features, LISTEN and session-level advisory locks (a
    /// projection runner's two connections, the season run lock): straight to PostgreSQL,
    /// since a pooler in transaction mode (PgBouncer) hands each transaction to any server
    /// session. The same as ``client`` unless the configuration names a direct URL
    /// (`CALLBOARD_DIRECT_DATABASE_URL`) because ``client`` goes through such a pooler.
    public let sessions: PostgresClient
    public let configuration: Configuration
    let logger: Logger
    let notifier: AppendNotifier
    let groupCommit: GroupCommit?
    let statementMode: AppendStatementMode

    public init(
        client: PostgresClient, sessions: PostgresClient? = nil, configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "event-store")
    ) {
        self.client = client
        self.sessions = sessions ?? client
        self.configuration = configuration
        self.logger = logger
        self.notifier = AppendNotifier(
            client: client, channel: configuration.notificationChannel, deadlines: configuration.deadlines, logger: logger)
        self.groupCommit = configuration.appendGroupsInFlight > 0 ? GroupCommit(callsInFlight: configuration.appendGroupsInFlight) : nil
        self.statementMode = AppendStatementMode(prepares: configuration.preparesAppends)
    }

    /// Runs `body` on a pooled connection under the store's deadlines: the connection
    /// within the connect deadline, `body` within `limit` (default: the statement
    /// deadline), failing at once if the connection is lost. With `attempts` above one, a
    /// lost connection is retried on a fresh one: only for idempotent work (reads, appends).
    public func withConnection<Result: Sendable>(
        _ what: String,
        within limit: Duration? = nil,
        attempts: Int = 1,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let deadlines = configuration.deadlines
        var attempt = 1
        while true {
            do {
                let result = try await client.withConnection(
                    what, within: limit ?? deadlines.statement, connectWithin: deadlines.connect, logger: logger, body)
                ProgressHeartbeat.current?.beat()
                return result
            } catch let interruption as DatabaseInterruption {
                guard case .connectionLost = interruption, attempt < attempts, !Task.isCancelled else { throw interruption }
                logger.warning("database connection lost; trying again", metadata: [
                    "operation": "\(what)", "attempt": "\(attempt + 1) of \(attempts)", "reason": "\(interruption)",
                ])
                try await Task.sleep(for: .milliseconds(200 * attempt))
                attempt += 1
            }
        }
    }

    /// Announces new events to subscribers, if configured to: returns at once, the
    /// notification goes out in the background (``AppendNotifier``).
    func announceAppend(upTo position: Int64) {
        guard configuration.notifiesSubscribers else { return }
        notifier.announce(position)
    }

    /// Waits until the notifications of this store's appends so far have been sent: for a
    /// process about to close its client (a command-line command), so that subscribers in
    /// other processes are woken at once rather than at their next poll.
    public func notificationsSent() async {
        await notifier.drained()
    }
}
