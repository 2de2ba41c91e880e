import Foundation
import PostgresNIO

extension EventLog {
    /// Up to `limit` events of `types` (nil: every type) after `checkpoint`, in log order,
    /// and where a reader of those types stands after them.
    ///
    /// A read model that applies few of the log's event types reads only those, and its
    /// checkpoint still moves over the rest: when fewer than `limit` events match, the
    /// returned checkpoint is the head of the readable log (as in ``readAll(after:limit:on:)``,
    /// events below the log's read horizon), not the last event returned.
    /// The head is taken first; everything up to it is final then, so the second statement,
    /// bounded by it, sees exactly the events the first one's snapshot allowed.
    ///
    /// `floor` is a head an earlier look found (``headCheckpoint(on:)``): everything up to it
    /// was final then and stays so. The read horizon is conservative and can step back for a
    /// moment (schema/0032: a transaction of another database ending while it is placed counts
    /// as this database's), so the head read now can lie below it; the batch reads up to the
    /// later of the two, and a catch-up started from a head always reaches it.
    public func readBatch(
        after checkpoint: LogCheckpoint, types: Set<String>?, limit: Int, floor: LogCheckpoint = .start,
        on connection: PostgresConnection
    ) async throws -> EventBatch {
        let head = max(try await headCheckpoint(on: connection), floor)
        guard head > checkpoint else { return EventBatch(events: [], checkpoint: checkpoint) }
        let rows = try await connection.query("""
            SELECT \(unescaped: Self.eventColumns) FROM events
             WHERE (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position))
               AND (transaction_id, position) <= (\(String(head.transactionID))::xid8, \(head.position))
               AND (\(types == nil) OR event_type = ANY(\(types.map(Array.init) ?? [])))
             ORDER BY events.transaction_id, events.position
             LIMIT \(Int64(limit))
            """, logger: logger)
        let events = try await Self.decodeEvents(rows)
        let through = events.count == limit ? events[events.count - 1].checkpoint : head
        return EventBatch(events: events, checkpoint: through)
    }
}
