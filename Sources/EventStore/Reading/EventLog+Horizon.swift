import Foundation
import PostgresNIO

/// The transaction that holds the readable log back, and how many committed events wait
/// behind it.
///
/// Readers of the whole log only see events of transactions older than every transaction
/// still running on the server (``EventLog/readAll(after:limit:)``), in any database. So
/// one session left idle in a transaction (an analyst's `BEGIN` in psql) stops every
/// projection and the change feed until it ends: this names it.
public struct LogHold: Sendable, Hashable {
    /// The holding session's process id (`pg_terminate_backend(pid)` ends it), or nil
    /// when the oldest transaction has no session (a prepared transaction).
    public let pid: Int32?
    public let applicationName: String?
    public let database: String?
    public let user: String?
    /// `idle in transaction`, `active`, ...; nil without the rights to see it.
    public let state: String?
    /// How long ago its transaction began; nil without the rights to see it.
    public let ageSeconds: Double?
    /// Committed events of this log that readers cannot see until it ends.
    public let waitingEvents: Int64

    public init(
        pid: Int32?, applicationName: String?, database: String?, user: String?, state: String?, ageSeconds: Double?,
        waitingEvents: Int64
    ) {
        self.pid = pid
        self.applicationName = applicationName
        self.database = database
        self.user = user
        self.state = state
        self.ageSeconds = ageSeconds
        self.waitingEvents = waitingEvents
    }
}

extension EventLog {
    /// The oldest transaction still running on the server with a transaction id (the
    /// log's read horizon) and the committed events waiting behind it, or nil when no
    /// other session has a transaction id.
    public func logHold() async throws -> LogHold? {
        let rows = try await client.query("""
            WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
                 waiting AS (SELECT count(*) AS events FROM events, horizon WHERE events.transaction_id >= horizon.xmin),
                 holder AS (
                    SELECT a.pid, a.application_name, a.datname::text AS database, a.usename::text AS username, a.state,
                           extract(epoch FROM clock_timestamp() - a.xact_start)::float8 AS age
                      FROM pg_stat_activity a
                     WHERE a.backend_xid IS NOT NULL AND a.pid <> pg_backend_pid()
                     ORDER BY age(a.backend_xid) DESC LIMIT 1)
            SELECT holder.pid, holder.application_name, holder.database, holder.username, holder.state, holder.age,
                   waiting.events
              FROM waiting LEFT JOIN holder ON true
            """, logger: logger)
        for try await (pid, application, database, user, state, age, waiting) in rows.decode(
            (Int32?, String?, String?, String?, String?, Double?, Int64).self
        ) {
            guard pid != nil || waiting > 0 else { return nil }
            return LogHold(pid: pid, applicationName: application, database: database, user: user, state: state,
                           ageSeconds: age, waitingEvents: waiting)
        }
        return nil
    }
}
