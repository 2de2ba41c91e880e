import Foundation
import PostgresNIO

/// The transaction that holds the readable log back, and how many committed events wait
/// behind it.
///
/// Readers of the whole log only see events below the log's read horizon
/// (``EventLog/readAll(after:limit:)``, `log_read_horizon()` in schema/0032): events of
/// transactions older than every transaction still running that could write this log. A
/// transaction running in another database of the server does not count, but one in this
/// database does, whatever it touches: a session left idle in a transaction here (an
/// analyst's `BEGIN; SELECT ...` in psql, once it has a transaction id) stops every projection
/// and the change feed until it ends. This names it.
public struct LogHold: Sendable, Hashable {
    /// The holding session's process id (`pg_terminate_backend(pid)` ends it), or nil
    /// when the holding transaction has no session (a prepared transaction: `state` is
    /// `prepared`, `ROLLBACK PREPARED` or `COMMIT PREPARED` ends it) or ended just now.
    public let pid: Int32?
    public let applicationName: String?
    public let database: String?
    public let user: String?
    /// `idle in transaction`, `active`, ..., `prepared`; nil without the rights to see it.
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
    /// The transaction at the log's read horizon (the oldest one still running that could
    /// write this log) and the committed events waiting behind it, or nil when nothing
    /// holds the log back. Transactions running in other databases of the server are not
    /// named: they hold nothing back.
    public func logHold() async throws -> LogHold? {
        let rows = try await client.query("""
            WITH horizon AS MATERIALIZED (
                    SELECT log_read_horizon() AS xid, pg_snapshot_xmax(pg_current_snapshot()) AS xmax),
                 waiting AS (SELECT count(*) AS events FROM events WHERE transaction_id >= (SELECT xid FROM horizon)),
                 holder AS (
                    SELECT a.pid, a.application_name, a.datname::text AS database, a.usename::text AS username, a.state,
                           extract(epoch FROM clock_timestamp() - a.xact_start)::float8 AS age
                      FROM pg_stat_activity a, horizon h
                     WHERE h.xid < h.xmax AND a.backend_xid = xid(h.xid)
                    UNION ALL
                    SELECT NULL, NULL, p.database::text, p.owner::text, 'prepared',
                           extract(epoch FROM clock_timestamp() - p.prepared)::float8
                      FROM pg_prepared_xacts p, horizon h
                     WHERE h.xid < h.xmax AND p.transaction = xid(h.xid)
                     LIMIT 1)
            SELECT holder.pid, holder.application_name, holder.database, holder.username, holder.state, holder.age,
                   waiting.events
              FROM waiting LEFT JOIN holder ON true
            """, logger: logger)
        for try await (pid, application, database, user, state, age, waiting) in rows.decode(
            (Int32?, String?, String?, String?, String?, Double?, Int64).self
        ) {
            guard pid != nil || state != nil || waiting > 0 else { return nil }
            return LogHold(pid: pid, applicationName: application, database: database, user: user, state: state,
                           ageSeconds: age, waitingEvents: waiting)
        }
        return nil
    }
}
