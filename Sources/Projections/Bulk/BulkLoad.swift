import Logging
import PostgresNIO

/// Loads one read-model table and its history from a query of its versions
/// (`read_model_history_load`, schema/0046 and 0047): the one place a set-based rebuild writes a
/// history, so each ``BulkRebuildable`` read model states only what its rows were after
/// each run, never how history is kept.
public enum BulkLoad {
    /// Adds to `table` in `schema` (history triggers off) and `table__history` the rows of
    /// `versions`: a query giving the table's columns by name plus `known_from` (the run's
    /// `recorded_at`), `run_txid` and `run_position` (the run's transaction id and an event
    /// of the run, for log order), one row per table row and per run that touched it, as
    /// that run left it. Several calls may fill one table, one per chunk of a load
    /// (``BulkChunks``), provided no row is in two. Returns the rows loaded into the table.
    @discardableResult
    public static func load(
        _ table: String, versions: String, in schema: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int64 {
        let rows = try await connection.query(
            "SELECT read_model_history_load(\(schema), \(table), \(versions))", logger: logger)
        for try await loaded in rows.decode(Int64.self) { return loaded }
        return 0
    }
}
