import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Every published season forecast, revision by revision: per queue the publication
/// (model version, inputs fingerprint, lead time), per day the forecast volume and the
/// required head count, per day and site the certified supply, and per interval P50, P90
/// and agents to schedule. `report peak` reads the latest revision of each queue; older
/// revisions stay for comparison with what happened.
public struct PeakForecastsProjection: Projection {
    public let name = "peak_forecasts"
    public let eventTypes: Set<String>? = [SeasonForecastPublished.eventType]

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).publications (
                season text NOT NULL, queue_id text NOT NULL, revision integer NOT NULL,
                account_id text NOT NULL, model_version text NOT NULL, inputs_fingerprint text NOT NULL,
                time_zone text NOT NULL, target text NOT NULL, average_handle_seconds double precision NOT NULL,
                shrinkage double precision NOT NULL, classroom_days integer NOT NULL, nesting_days integer NOT NULL,
                program_id text, history_until timestamptz NOT NULL, published_at timestamptz NOT NULL,
                PRIMARY KEY (season, queue_id, revision)
            )
            """, """
            CREATE TABLE \(schema).days (
                season text NOT NULL, queue_id text NOT NULL, revision integer NOT NULL, day date NOT NULL,
                contacts_p50 double precision NOT NULL, contacts_p90 double precision NOT NULL,
                peak_scheduled integer NOT NULL, scheduled_hours double precision NOT NULL, required integer NOT NULL,
                PRIMARY KEY (season, queue_id, revision, day)
            )
            """, """
            CREATE TABLE \(schema).supply (
                season text NOT NULL, queue_id text NOT NULL, revision integer NOT NULL, day date NOT NULL,
                site_id text NOT NULL, available integer NOT NULL, scheduled integer NOT NULL, cross_trainable integer NOT NULL,
                PRIMARY KEY (season, queue_id, revision, day, site_id)
            )
            """, """
            CREATE TABLE \(schema).intervals (
                season text NOT NULL, queue_id text NOT NULL, revision integer NOT NULL, interval_start timestamptz NOT NULL,
                p50 double precision NOT NULL, p90 double precision NOT NULL, scheduled_agents integer NOT NULL,
                PRIMARY KEY (season, queue_id, revision, interval_start)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        for event in relevant(events) {
            guard case let .published(forecast) = try event.domainEvent(as: SeasonForecastEvent.self) else { continue }
            try await PublicationWriter(schema: schema, connection: connection, logger: logger)
                .write(forecast, publishedAt: event.recordedAt)
        }
    }
}
