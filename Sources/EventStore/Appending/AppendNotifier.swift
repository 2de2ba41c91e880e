import Logging
import PostgresNIO

/// Sends the NOTIFY that wakes subscribers after appends, coalescing bursts.
///
/// NOTIFY takes a database-wide lock while its transaction commits. Sent inside every
/// append it would serialise all commits and defeat group commit; so it goes out after
/// the append has committed, in its own asynchronously committed transaction, and while
/// one is in flight further appends only mark that another is due.
actor AppendNotifier {
    private let client: PostgresClient
    private let channel: String
    private let deadlines: DatabaseDeadlines
    private let logger: Logger
    private var isSending = false
    private var latestUnannounced: Int64?

    /// How many notifications one caller sends back to back before leaving the rest
    /// to the next appender (or to the subscribers' polling).
    private let maximumRounds = 3

    init(client: PostgresClient, channel: String, deadlines: DatabaseDeadlines, logger: Logger) {
        self.client = client
        self.channel = channel
        self.deadlines = deadlines
        self.logger = logger
    }

    func announce(_ position: Int64) async {
        latestUnannounced = max(latestUnannounced ?? position, position)
        guard !isSending else { return }
        isSending = true
        defer { isSending = false }
        var rounds = 0
        while let position = latestUnannounced, rounds < maximumRounds {
            latestUnannounced = nil
            rounds += 1
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
}
