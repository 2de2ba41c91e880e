-- The log's read horizon counts only transactions that could write this database's log
-- (issue 16: running on a shared server).
--
-- Readers of the whole log read only events of transactions below a horizon, so that an
-- event committed late by a slow transaction is never skipped (0001). Until now the horizon
-- was pg_snapshot_xmin(pg_current_snapshot()): the oldest transaction running anywhere on
-- the server, in any database. An analyst's BEGIN in another database, another application
-- on a shared managed server, another test's database: each held back every projection and
-- the change feed of this one.
--
-- log_read_horizon() is the oldest transaction id of the statement's snapshot that could
-- still commit events here, or the snapshot's xmax when there is none. A running
-- transaction is left out only when it is positively known to belong to another database:
-- pg_stat_activity shows a session holding that very (top-level) transaction id in another
-- database. A backend never writes another database's tables, so that transaction cannot
-- commit an event of this log. Anything unknown counts as this database's, as before: a
-- prepared transaction (no session), a session that ended between the snapshot and the
-- look-up, a walsender, a background worker without a database.
--
-- Why it is safe (PostgreSQL 15):
--   * events.transaction_id is pg_current_xact_id(), the TOP-LEVEL transaction id, also in a
--     subtransaction; pg_current_snapshot()'s xip lists exactly the top-level transaction ids
--     running when the snapshot was taken (other than the reader's own), and
--     pg_stat_activity.backend_xid is a session's top-level transaction id.
--   * pg_current_snapshot() is the ACTIVE snapshot: in this STABLE function, the calling
--     statement's snapshot, the one its scan of events uses. A transaction of this database
--     with an id below the horizon is therefore finished in that snapshot (it is not in xip,
--     and its id is below xmax), and every later transaction id is at least xmax. (Ids at or
--     above xmax are running by definition and not listed; the horizon never exceeds xmax.)
--   * pg_stat_activity is cached for the rest of the transaction once read. The cache is
--     dropped first (pg_stat_clear_snapshot()), so it is read after the statement's
--     snapshot was taken: every id in xip was assigned before the read, to a session that
--     had already published its database, and a backend never changes database. A pair
--     (database, backend_xid) read then names the database of that id's own session. (A
--     cache kept from before the snapshot could pair a slot's departed session with the id
--     of a newcomer in the same slot.) Ids are compared as 32-bit xids (xid(x)): running ids
--     lie within 2^31 of each other, so the comparison is exact.
--   * On a hot standby a snapshot lists no ids in xip (they are all in subxip, which
--     pg_current_snapshot() leaves out), and pg_stat_activity shows none of the primary's
--     sessions: with an empty xip the horizon is pg_snapshot_xmin, the old rule. (On a
--     primary an empty xip means xmin = xmax, so the rule is the same there.)
--   * Visibility: backend_xid and the database of every session are shown to every role
--     (pg_read_all_stats, granted in 0003, is not needed for this).
--
-- Callers evaluate it once per statement: `(SELECT log_read_horizon())` (an InitPlan), or a
-- materialized CTE when the statement needs it twice, never as a per-row filter.
--
-- PL/pgSQL, STABLE: a STABLE function's statements run on the caller's active snapshot (a
-- VOLATILE one would take a new snapshot per statement, and the horizon would no longer
-- match the caller's scan), and PL/pgSQL keeps its plans for the session, where a SQL
-- function is planned again in every calling statement. Cost on the full demo world (load
-- 12-18): about 0.05-0.09 ms per call while some transaction is running on the server, 0.01 ms
-- when none is, and 2-3 ms for the first call in a session (compiling the function).
CREATE FUNCTION log_read_horizon() RETURNS xid8
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED AS $$
DECLARE
    snapshot pg_snapshot := pg_current_snapshot();
    horizon  xid8;
BEGIN
    -- Nothing listed running: on a primary xmin = xmax; on a standby xmin is the oldest
    -- transaction the primary still runs.
    IF NOT EXISTS (SELECT FROM pg_snapshot_xip(snapshot)) THEN
        RETURN pg_snapshot_xmin(snapshot);
    END IF;
    PERFORM pg_stat_clear_snapshot();
    SELECT min(running.xid) INTO horizon
      FROM pg_snapshot_xip(snapshot) AS running(xid)
     WHERE NOT EXISTS (
            SELECT FROM pg_stat_activity a
             WHERE a.backend_xid = xid(running.xid)
               AND a.datname IS NOT NULL AND a.datname <> current_database());
    RETURN coalesce(horizon, pg_snapshot_xmax(snapshot));
END
$$;

COMMENT ON FUNCTION log_read_horizon() IS
    'Readers of the whole log read events with transaction_id below this: the oldest transaction of the statement''s snapshot not known to belong to another database (schema/0032).';

GRANT EXECUTE ON FUNCTION log_read_horizon() TO callboard_app;
