import EventStore
import Foundation
import Logging
import PostgresNIO

/// Standing as-of views (schema/0040): what lets an as-of read run on a hot standby.
///
/// The scratch views of ``ReadModelHistory/createViews(of:asOf:in:on:logger:)`` are created
/// by each as-of read, which a standby refuses. The standing views are created once, on the
/// primary, in `asof_<name>` beside each read model `rm_<name>`, and reach the replicas with
/// the WAL; they read the instant from the transaction-local setting `callboard.as_of`
/// (``setInstant(_:on:logger:)``), which a standby accepts. Same tables, same columns, same
/// filter as the scratch views, so every report query runs unchanged and answers the same.
///
/// A rebuild drops the live schema and with it these views: ``ProjectionEngine`` makes them at
/// install, and an as-of read on the primary remakes those that no longer fit
/// (``standingViewsFit(of:on:logger:)`` false) before reading.
extension ReadModelHistory {
    /// The schema of `projection`'s standing as-of views.
    public static func standingSchema(of projection: any Projection) -> String { "asof_\(projection.name)" }

    /// (Re)creates `projection`'s standing views (on the primary: it writes the catalog).
    public static func makeStandingViews(of projection: any Projection, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "SELECT read_model_history_standing_views(\(projection.liveSchema), \(standingSchema(of: projection)))", logger: logger)
    }

    /// Remakes `projection`'s standing views unless they fit (or it keeps no history), in a
    /// transaction holding its apply lock, so that no rebuild swaps the read model meanwhile;
    /// returns whether it remade them. On the primary.
    public static func remakeStandingViewsIfUnfit(
        of projection: any Projection, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        try await connection.transaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(projection.applyLockKey))", logger: logger)
            guard !(try await standingViewsFit(of: projection, on: connection, logger: logger)),
                  try await isKept(in: projection.liveSchema, on: connection, logger: logger)
            else { return false }
            try await makeStandingViews(of: projection, on: connection, logger: logger)
            return true
        }
    }

    /// Whether `projection`'s standing views exist and match its live tables one for one
    /// (read-only: a standby answers it too).
    public static func standingViewsFit(of projection: any Projection, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            "SELECT read_model_history_standing_fits(\(projection.liveSchema), \(standingSchema(of: projection)))", logger: logger)
        for try await fits in rows.decode(Bool.self) { return fits }
        return false
    }

    /// Sets the instant the standing views show, for the rest of the caller's transaction
    /// (as ISO 8601 in UTC, to the microsecond, whatever the session's DateStyle).
    public static func setInstant(_ instant: Date, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            SELECT set_config('callboard.as_of',
                              to_char(\(instant)::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), true)
            """, logger: logger)
    }

    /// The checkpoint of the last run of `projection` known at `instant` (`.start` when none
    /// was): the position an as-of answer from its history reflects. Read-only.
    public static func reached(
        by projection: any Projection, asOf instant: Date, on connection: PostgresConnection, logger: Logger
    ) async throws -> LogCheckpoint {
        let rows = try await connection.query("""
            SELECT transaction_id::text, position FROM \(unescaped: projection.liveSchema).\(unescaped: runsTable)
             WHERE known_from <= \(instant)
             ORDER BY known_from DESC, transaction_id DESC, position DESC LIMIT 1
            """, logger: logger)
        for try await (transaction, position) in rows.decode((String, Int64).self) {
            return LogCheckpoint(transactionText: transaction, position: position)
        }
        return .start
    }
}
