import Foundation
import PostgresNIO

/// How long the application waits for the database before it calls a call failed: the
/// deadlines ``DatabaseDeadline`` enforces, and the matching server-side limits each of
/// the application's sessions runs with.
///
/// Set from the environment (seconds, e.g. `CALLBOARD_STATEMENT_DEADLINE=30`; a value that
/// is not a positive number is ignored and the default kept):
/// - `CALLBOARD_STATEMENT_DEADLINE` (30 s): one statement or one short transaction (an
///   append, a projection batch, a report's query, a page of an export). The server's
///   `statement_timeout` and `lock_timeout` are set to it for the application's sessions.
/// - `CALLBOARD_BULK_DEADLINE` (120 s) plus `CALLBOARD_BULK_DEADLINE_PER_1000_EVENTS` (1 s):
///   one bulk append (an import's COPY transaction), so a year of intervals (1 M events)
///   gets about 19 minutes.
/// - `CALLBOARD_CONNECT_DEADLINE` (15 s): waiting for a connection from the pool (the
///   server refusing or not answering shows here).
public struct DatabaseDeadlines: Sendable, Hashable {
    public var statement: Duration
    public var bulkBase: Duration
    public var bulkPerThousandEvents: Duration
    public var connect: Duration
    /// How many times an idempotent write (an append, a bulk append) is tried when its
    /// connection is lost under it. Writes that timed out are not retried.
    public var writeAttempts: Int

    public init(
        statement: Duration = .seconds(30), bulkBase: Duration = .seconds(120),
        bulkPerThousandEvents: Duration = .seconds(1), connect: Duration = .seconds(15), writeAttempts: Int = 2
    ) {
        self.statement = statement
        self.bulkBase = bulkBase
        self.bulkPerThousandEvents = bulkPerThousandEvents
        self.connect = connect
        self.writeAttempts = writeAttempts
    }

    /// The defaults, overridden by whichever `CALLBOARD_*_DEADLINE` variables are set.
    public init(environment: [String: String]) {
        self.init()
        func seconds(_ name: String) -> Duration? {
            guard let text = environment[name], let value = Double(text), value > 0, value < 1e9 else { return nil }
            return .milliseconds(Int64(value * 1000))
        }
        statement = seconds("CALLBOARD_STATEMENT_DEADLINE") ?? statement
        bulkBase = seconds("CALLBOARD_BULK_DEADLINE") ?? bulkBase
        bulkPerThousandEvents = seconds("CALLBOARD_BULK_DEADLINE_PER_1000_EVENTS") ?? bulkPerThousandEvents
        connect = seconds("CALLBOARD_CONNECT_DEADLINE") ?? connect
    }

    /// The deadlines of this process's environment (read once).
    public static let fromEnvironment = DatabaseDeadlines(environment: ProcessInfo.processInfo.environment)

    /// The deadline of a bulk append of `events` events.
    public func bulk(events: Int) -> Duration {
        bulkBase + bulkPerThousandEvents * (Double(events) / 1000)
    }

    /// The server settings each application session starts with: statements and lock
    /// waits end at the statement deadline on the server too (a bulk append raises its
    /// own limit for its transaction), and the server probes an idle client's socket
    /// (TCP keepalive) so that it notices a vanished client within about a minute and
    /// releases its locks (a projection leader's lock among them). PostgresNIO does not
    /// expose the client side's keepalive.
    public var sessionParameters: [(String, String)] {
        [
            ("statement_timeout", Self.milliseconds(statement)),
            ("lock_timeout", Self.milliseconds(statement)),
            ("tcp_keepalives_idle", "30"),
            ("tcp_keepalives_interval", "10"),
            ("tcp_keepalives_count", "3"),
        ]
    }

    /// `30 s`, `1.5 s`, `250 ms`.
    static func text(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
