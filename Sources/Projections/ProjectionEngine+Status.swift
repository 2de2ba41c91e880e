import EventStore
import Foundation
import PostgresNIO

extension ProjectionEngine {
    /// Each installed projection's checkpoint and lag behind the log, with what it has in
    /// quarantine (the count and the first `quarantineSample` events).
    public func status(quarantineSample: Int = 3) async throws -> [ProjectionStatus] {
        let quarantine = Quarantine(logger: logger)
        let quarantined = try await quarantine.counts(on: client)
        var sample: [QuarantinedEvent] = []
        if !quarantined.isEmpty, quarantineSample > 0 {
            sample = try await quarantine.list(projection: nil, limit: quarantineSample, on: client)
        }
        var statuses: [ProjectionStatus] = []
        for projection in projections {
            let rows = try await client.query("""
                SELECT c.transaction_id::text, c.position, c.events_applied, c.updated_at, c.rebuilt_at,
                       (SELECT count(*) FROM events e WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position)),
                       (SELECT extract(epoch FROM now() - min(e.recorded_at))::float8 FROM events e
                         WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position))
                  FROM projection_checkpoints c WHERE c.name = \(projection.name)
                """, logger: logger)
            var found = false
            for try await (transaction, position, applied, updatedAt, rebuiltAt, behind, lag) in rows.decode(
                (String, Int64, Int64, Date, Date?, Int64, Double?).self
            ) {
                found = true
                statuses.append(ProjectionStatus(
                    name: projection.name,
                    checkpoint: LogCheckpoint(transactionText: transaction, position: position),
                    eventsApplied: applied, eventsBehind: behind, lagSeconds: max(0, lag ?? 0),
                    updatedAt: updatedAt, rebuiltAt: rebuiltAt,
                    quarantined: quarantined[projection.name] ?? 0,
                    quarantineSample: sample.filter { $0.projection == projection.name }
                ))
            }
            if !found {
                statuses.append(ProjectionStatus(
                    name: projection.name, checkpoint: .start, eventsApplied: 0,
                    eventsBehind: try await store.eventCount(), lagSeconds: 0, updatedAt: nil, rebuiltAt: nil))
            }
        }
        return statuses
    }
}
