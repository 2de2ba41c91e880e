import EventStore
import Foundation
import Logging
import PostgresNIO

/// Every read model's rows as they were known at any recorded instant: the one mechanism
/// behind fast as-of reports (issue 15), kept by the engine for every ``Projection``,
/// including read models added later, without code of their own.
///
/// Why this design (bitemporal history by recorded time) rather than snapshots plus a
/// partial replay: an as-of read becomes a plain indexed query over rows valid at the
/// instant, whose cost depends on the rows the report reads, not on the length of the log
/// nor on where the instant falls; snapshots would still copy or replay up to a snapshot
/// interval of events (on the full demo world a copy of the interval facts alone takes
/// seconds). The price is paid on the write side: each projection statement also writes
/// the versions it closes and opens.
///
/// How it stays generic: each table `t` of a read-model schema has `t__history` (the same
/// columns plus `known_from`, `known_until`) written by statement-level triggers from the
/// rows each projection statement inserted, updated or deleted (schema/0010). The live
/// tables and the projections' SQL are untouched. As of an instant, a scratch schema of
/// views named like the live tables selects the versions valid then
/// (``createViews(of:asOf:in:on:)``), so every report query runs unchanged.
///
/// Granularity: projections apply batches with set-based SQL, so one statement can carry
/// many events. The engine therefore applies a batch in runs of events recorded by one
/// transaction (one `recorded_at`, the only granularity an instant can tell apart) and
/// stamps each run with that time (``stamp(_:in:on:logger:)``). A version is thus known
/// from the recorded time of the transaction that produced it, exactly the events an
/// instant selects (`recorded_at <= instant`).
///
/// History is derived from the log alone, so a rebuild regenerates it identically, and an
/// installation made before history existed is rebuilt once (see `ProjectionEngine.install`).
public enum ReadModelHistory {
    /// The table of applied runs in a read model's schema.
    static let runsTable = "runs__history"

    /// Gives every table of `schema` its history table, indexes and triggers, once the
    /// projection has created its tables there.
    static func enable(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT read_model_history_enable(\(schema))", logger: logger)
    }

    /// Whether the read model in `schema` keeps history (false for one installed before it did).
    static func isKept(in schema: String, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            "SELECT to_regclass(\(schema + "." + runsTable)) IS NOT NULL", logger: logger)
        for try await kept in rows.decode(Bool.self) { return kept }
        return false
    }

    /// Stamps the run of events that ends with `last` (all recorded by one transaction)
    /// before it is applied to `schema`: records the run and sets the transaction-local
    /// `callboard.known_from` the history triggers read, to the event's own `recorded_at`
    /// (read from the log, so the stamp is exact to the microsecond).
    ///
    /// A run applied in several batches (it is longer than a batch, or a batch ended in it)
    /// keeps one row, that of its last part, so `runs__history` holds one row per run
    /// whatever the batch size (schema/0046).
    static func stamp(_ last: RecordedEvent, in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: """
            WITH event AS (
                SELECT recorded_at, transaction_id, position FROM events WHERE position = \(last.position)
            ), earlier_part AS (
                DELETE FROM \(schema).\(runsTable) r USING event
                 WHERE r.known_from = event.recorded_at AND r.transaction_id = event.transaction_id
            ), run AS (
                INSERT INTO \(schema).\(runsTable) (known_from, transaction_id, position)
                SELECT recorded_at, transaction_id, position FROM event
                RETURNING known_from
            )
            SELECT set_config('callboard.known_from', known_from::text, true) FROM run
            """), logger: logger)
    }

    /// Splits a batch (in log order) into runs of events recorded by one transaction (one
    /// transaction id and one `recorded_at`).
    static func runs(of events: [RecordedEvent]) -> [ArraySlice<RecordedEvent>] {
        var runs: [ArraySlice<RecordedEvent>] = []
        var start = events.startIndex
        for index in events.indices.dropFirst()
        where events[index].recordedAt != events[index - 1].recordedAt
            || events[index].checkpoint.transactionID != events[index - 1].checkpoint.transactionID {
            runs.append(events[start..<index])
            start = index
        }
        if start < events.endIndex { runs.append(events[start...]) }
        return runs
    }

    /// Whether `projection`'s history answers for `instant` in the caller's transaction:
    /// it keeps history and has applied every event of its types recorded by then.
    public static func covers(
        _ projection: any Projection, instant: Date, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        let kept = try await connection.query("""
            SELECT c.transaction_id::text, c.position FROM projection_checkpoints c
             WHERE c.name = \(projection.name) AND to_regclass(\(projection.liveSchema + "." + runsTable)) IS NOT NULL
            """, logger: logger)
        var checkpoint: LogCheckpoint?
        for try await (transaction, position) in kept.decode((String, Int64).self) {
            checkpoint = LogCheckpoint(transactionText: transaction, position: position)
        }
        guard let checkpoint else { return false }
        // Any event of its types recorded by then but not applied yet? (An index range scan
        // of the log after the checkpoint: empty when the read model is caught up.)
        let types = projection.eventTypes.map { Array($0) }
        let behind = try await connection.query("""
            SELECT EXISTS (
                SELECT 1 FROM events
                 WHERE (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position))
                   AND recorded_at <= \(instant) AND (\(types == nil) OR event_type = ANY(\(types ?? []))))
            """, logger: logger)
        for try await isBehind in behind.decode(Bool.self) { return !isBehind }
        return false
    }

    /// Creates `scratch` holding one view per table of `projection`'s live read model, with
    /// the table's name and columns, showing the rows known at `instant`. Returns the
    /// checkpoint of the last event of the read model's types recorded by then (`.start`
    /// when none was).
    public static func createViews(
        of projection: any Projection, asOf instant: Date, in scratch: String, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> LogCheckpoint {
        let live = projection.liveSchema
        try await connection.query("SELECT read_model_history_views(\(live), \(scratch), \(instant))", logger: logger)
        return try await reached(by: projection, asOf: instant, on: connection, logger: logger)
    }
}
