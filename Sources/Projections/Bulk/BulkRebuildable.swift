import Logging
import PostgresNIO

/// A read model a rebuild can compute set-based from the log, in a few SQL statements over
/// `events`, instead of applying it batch by batch: what makes `projections rebuild` of
/// the high-volume read models run at the rate of a plain COPY (issue 16, item 7).
///
/// Why beside ``Projection/apply(_:in:on:logger:)`` rather than instead of it: a live
/// batch is small and must quarantine the one event it cannot apply; a rebuild reads the
/// whole log, where round trips, per-batch statements and per-statement history triggers
/// cost more than the work. The two must agree exactly, tables and history alike, so the
/// set-based SQL takes only the events it reads exactly as `apply` would
/// (``regularEvent``): the engine loads in bulk every event before the first other one,
/// and applies the rest, that one included, in batches as before (quarantining it if it
/// is poison). See ``ProjectionEngine/rebuildInBulk(_:in:)``.
public protocol BulkRebuildable: Projection {
    /// A SQL condition over `e`, a row of `events` of the read model's types, true when the
    /// set-based SQL reads the event exactly as `apply` does (its payload has the shape,
    /// the types and the ranges `apply` decodes and stores without error).
    var regularEvent: String { get }

    /// Fills the empty tables in `schema` and their history tables from the events
    /// `e` of `events` for which `range` (a SQL condition over `e`) holds: all of the read
    /// model's types up to a point of the log, every one of them regular. Each table gets,
    /// per row and per run (the events of one transaction) that touched it, the row as the
    /// run left it (``BulkLoad/load(_:versions:in:on:logger:)``); the history triggers are
    /// off. In the caller's transaction.
    func loadInBulk(events range: String, in schema: String, on connection: PostgresConnection, logger: Logger) async throws

    /// A SQL expression over `e` (an event `regularEvent` admits) naming the group of rows
    /// the event can touch: two events of different groups never touch the same row of any
    /// table (for the interval read models, the queue). With it the engine loads the log in
    /// short transactions, each holding whole groups (``BulkChunks``), so no rebuild
    /// transaction holds the log's readers back for long; nil (the default) loads it in one.
    var rowGroup: String? { get }
}

extension BulkRebuildable {
    public var rowGroup: String? { nil }
}
