import EventStore
import Logging
import PostgresNIO
import Projections

/// Whether read models, on the connection's server and in its transaction's snapshot, have
/// applied every event of their types up to a position: what a replica must show before it
/// answers a reader that needs that position (``MinimumPosition``).
///
/// Checkpoints are compared with the log, not with each other: a read model whose types the
/// newer events do not touch has nothing to apply and has reached the position whatever its
/// checkpoint says. The event at the position must be there: a replica that has not replayed
/// it has not reached it.
enum ReadModelReach {
    static func reached(
        _ minimum: MinimumPosition, by readModels: [any Projection], on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        let rows = try await connection.query(
            "SELECT transaction_id::text FROM events WHERE position = \(minimum.position)", logger: logger)
        var target: LogCheckpoint?
        for try await transaction in rows.decode(String.self) {
            target = LogCheckpoint(transactionText: transaction, position: minimum.position)
        }
        guard let target else { return false }
        for projection in readModels {
            let types = projection.eventTypes.map { Array($0) }
            let pending = try await connection.query("""
                SELECT EXISTS (
                    SELECT 1 FROM projection_checkpoints c
                      JOIN events e ON (e.transaction_id, e.position) > (c.transaction_id, c.position)
                     WHERE c.name = \(projection.name)
                       AND (e.transaction_id, e.position) <= (\(String(target.transactionID))::xid8, \(target.position))
                       AND (\(types == nil) OR e.event_type = ANY(\(types ?? []))))
                OR NOT EXISTS (SELECT 1 FROM projection_checkpoints WHERE name = \(projection.name))
                """, logger: logger)
            for try await isPending in pending.decode(Bool.self) where isPending { return false }
        }
        return true
    }
}
