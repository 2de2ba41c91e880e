import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// What the business knows about queues' days beyond their interval counts, as it stands:
/// the recorded closures of queues, the days users confirmed as real demand, and the
/// clients' launches and promotions (account-wide when `queue_id` is null). Withdrawn facts
/// are deleted here (they stay in the log).
///
/// Exists so the forecast jobs read these facts in the same snapshot as the history they
/// learn from (``KnownDaysReader``), and so a change to any of them changes the inputs of
/// the next season run.
public struct DemandFactsProjection: Projection {
    public let name = "demand_facts"
    public let eventTypes: Set<String>? = [
        QueueClosureRecorded.eventType, QueueClosureWithdrawn.eventType, QueueDayConfirmedReal.eventType,
        QueueDayConfirmationWithdrawn.eventType, CampaignRecorded.eventType, CampaignWithdrawn.eventType,
    ]

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).closures (
                queue_id text NOT NULL, day date NOT NULL, reason text NOT NULL, PRIMARY KEY (queue_id, day)
            )
            """, """
            CREATE TABLE \(schema).confirmed_days (
                queue_id text NOT NULL, day date NOT NULL, reason text NOT NULL, PRIMARY KEY (queue_id, day)
            )
            """, """
            CREATE TABLE \(schema).campaigns (
                account_id text NOT NULL, name text NOT NULL, queue_id text, kind text NOT NULL,
                first_day date NOT NULL, last_day date NOT NULL, expected_uplift double precision,
                PRIMARY KEY (account_id, name)
            )
            """,
            "CREATE INDEX campaigns_by_queue ON \(schema).campaigns (queue_id)",
        ], logger: logger)
    }

    /// One statement per event, in log order: these facts are few, and any split of the log
    /// into batches gives the same tables.
    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let writer = DemandFactsWriter(schema: schema, connection: connection, logger: logger)
        for event in relevant(events) {
            if event.type == CampaignRecorded.eventType || event.type == CampaignWithdrawn.eventType {
                try await writer.write(try event.domainEvent(as: ClientAccountEvent.self))
            } else {
                try await writer.write(try event.domainEvent(as: QueueEvent.self))
            }
        }
    }
}
