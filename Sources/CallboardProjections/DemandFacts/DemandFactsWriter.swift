import CallboardDomain
import Logging
import PostgresNIO

/// Writes one closure, confirmation or campaign event into the demand facts read model.
struct DemandFactsWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func write(_ event: QueueEvent) async throws {
        switch event {
        case let .closureRecorded(closure):
            try await upsertDay("closures", closure.queueID, closure.day, closure.reason)
        case let .closureWithdrawn(withdrawal):
            try await deleteDay("closures", withdrawal.queueID, withdrawal.day)
        case let .dayConfirmedReal(confirmation):
            try await upsertDay("confirmed_days", confirmation.queueID, confirmation.day, confirmation.reason)
        case let .dayConfirmationWithdrawn(withdrawal):
            try await deleteDay("confirmed_days", withdrawal.queueID, withdrawal.day)
        case .opened, .slaChanged, .closed:
            break
        }
    }

    func write(_ event: ClientAccountEvent) async throws {
        switch event {
        case let .campaignRecorded(campaign):
            try await connection.query("""
                INSERT INTO \(unescaped: schema).campaigns
                       (account_id, name, queue_id, kind, first_day, last_day, expected_uplift)
                VALUES (\(campaign.accountID.rawValue), \(campaign.name), \(campaign.queueID?.rawValue),
                        \(campaign.kind.rawValue), \(campaign.firstDay.description)::date, \(campaign.lastDay.description)::date,
                        \(campaign.expectedUplift))
                ON CONFLICT (account_id, name) DO UPDATE SET queue_id = EXCLUDED.queue_id, kind = EXCLUDED.kind,
                       first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day, expected_uplift = EXCLUDED.expected_uplift
                """, logger: logger)
        case let .campaignWithdrawn(withdrawal):
            try await connection.query("""
                DELETE FROM \(unescaped: schema).campaigns
                 WHERE account_id = \(withdrawal.accountID.rawValue) AND name = \(withdrawal.name)
                """, logger: logger)
        case .signed, .offboarded:
            break
        }
    }

    private func upsertDay(_ table: String, _ queue: QueueID, _ day: LocalDate, _ reason: String) async throws {
        try await connection.query("""
            INSERT INTO \(unescaped: schema).\(unescaped: table) (queue_id, day, reason)
            VALUES (\(queue.rawValue), \(day.description)::date, \(reason))
            ON CONFLICT (queue_id, day) DO UPDATE SET reason = EXCLUDED.reason
            """, logger: logger)
    }

    private func deleteDay(_ table: String, _ queue: QueueID, _ day: LocalDate) async throws {
        try await connection.query("""
            DELETE FROM \(unescaped: schema).\(unescaped: table) WHERE queue_id = \(queue.rawValue) AND day = \(day.description)::date
            """, logger: logger)
    }
}
