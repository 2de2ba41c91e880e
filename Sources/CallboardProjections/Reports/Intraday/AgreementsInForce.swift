import CallboardDomain
import Foundation
import PostgresNIO

/// The SLA each queue runs under at an instant, from the client accounts read model's SLA
/// timelines: what the intraday view judges the day's service level against.
enum AgreementsInForce {
    /// Each queue's SLA in force at `instant` (the last effective by then), read as stored.
    static func read(_ queues: [AccountQueue], at instant: Date,
                     in source: ReadModelSource) async throws -> [QueueID: ServiceLevelAgreement] {
        let rows = try await source.connection.query("""
            SELECT DISTINCT ON (s.queue_id) s.queue_id, s.sla::text
              FROM UNNEST(\(queues.map(\.queueID.rawValue))::text[]) AS q(queue_id)
              JOIN \(unescaped: source.schemas.clientAccounts).queue_slas s ON s.queue_id = q.queue_id AND s.effective_from <= \(instant)
             ORDER BY s.queue_id, s.effective_from DESC
            """, logger: source.logger)
        var agreements: [QueueID: ServiceLevelAgreement] = [:]
        for try await (queue, sla) in rows.decode((String, String).self) {
            agreements[QueueID(queue)] = try StoredValue.json(sla, as: ServiceLevelAgreement.self)
        }
        return agreements
    }
}
