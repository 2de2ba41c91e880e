import Foundation
import PostgresNIO

extension EventLog {
    /// Up to `limit` events of `types` (nil: every type) after `checkpoint`, in log order, recorded
    /// at or before `instant`: the log as it stood then, for replaying a read model "as of"
    /// a past moment.
    ///
    /// Unlike ``readAll(after:limit:on:)`` this does not hold back events of transactions
    /// younger than the oldest running one: it is meant to be paged through inside one
    /// REPEATABLE READ transaction, whose snapshot fixes what is visible, and its
    /// checkpoints are never stored. `recorded_at` is the appending transaction's start
    /// time, so an event whose transaction started by `instant` but committed after it
    /// counts as recorded by then.
    public func readAll(
        after checkpoint: LogCheckpoint, recordedAtOrBefore instant: Date, types: Set<String>?, limit: Int = 1000,
        on connection: PostgresConnection
    ) async throws -> [RecordedEvent] {
        let rows = try await connection.query("""
            SELECT \(unescaped: Self.eventColumns) FROM events
             WHERE (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position))
               AND recorded_at <= \(instant)
               AND (\(types == nil) OR event_type = ANY(\(types.map(Array.init) ?? [])))
             ORDER BY events.transaction_id, events.position
             LIMIT \(Int64(limit))
            """, logger: logger)
        return try await Self.decodeEvents(rows)
    }
}
