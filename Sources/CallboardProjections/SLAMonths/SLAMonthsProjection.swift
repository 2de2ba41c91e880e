import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Closed service-level months (`callboard sla close`): for each account and month, the
/// fingerprint of the figures reported to the client, the log position and the recorded
/// instant they were read as known at. The SLA report reads it to return a closed month's
/// figures by default, with later corrections beside them.
public struct SLAMonthsProjection: Projection {
    public let name = "sla_months"
    public let eventTypes: Set<String>? = Set(SLAMonthEvent.payloadTypes.eventTypes)

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).closes (
                account_id          text NOT NULL,
                month               text NOT NULL,
                figures_fingerprint text NOT NULL,
                position            text NOT NULL,
                known_at            timestamptz NOT NULL,
                closed_at           timestamptz NOT NULL,
                closed_by           text NOT NULL,
                PRIMARY KEY (account_id, month)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        // Closes are rare: one statement per event. A month is closed once (the decider refuses
        // a second close), so a repeated close changes nothing.
        for event in relevant(events) {
            switch try event.domainEvent(as: SLAMonthEvent.self) {
            case let .closed(closed):
                try await connection.query("""
                    INSERT INTO \(unescaped: schema).closes
                        (account_id, month, figures_fingerprint, position, known_at, closed_at, closed_by)
                    VALUES (\(closed.accountID.rawValue), \(closed.month.description), \(closed.figuresFingerprint),
                            \(closed.position), \(try StorableInstant.checked(closed.knownAt)),
                            \(try StorableInstant.checked(closed.closedAt)), \(closed.closedBy))
                    ON CONFLICT (account_id, month) DO NOTHING
                    """, logger: logger)
            }
        }
    }
}
