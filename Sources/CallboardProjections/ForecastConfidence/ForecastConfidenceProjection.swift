import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// How each published season forecast revision was made: its confidence (`normal`, or `low`
/// when it fell back on borrowed shapes, levels or handle times) and the method in words.
///
/// A read model of its own rather than columns of `peak_forecasts`, so an existing
/// installation gets it (installed and caught up from the first event) without rebuilding
/// the peak forecasts; older publications read as `normal`, `own history`.
public struct ForecastConfidenceProjection: Projection {
    public let name = "forecast_confidence"
    public let eventTypes: Set<String>? = [SeasonForecastPublished.eventType]

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).publications (
                season text NOT NULL, queue_id text NOT NULL, revision integer NOT NULL,
                confidence text NOT NULL, method text NOT NULL, flagged_days integer NOT NULL,
                PRIMARY KEY (season, queue_id, revision)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        for event in relevant(events) {
            guard case let .published(forecast) = try event.domainEvent(as: SeasonForecastEvent.self) else { continue }
            try await connection.query("""
                INSERT INTO \(unescaped: schema).publications VALUES (\(forecast.season), \(forecast.queueID.rawValue),
                    \(forecast.revision), \(forecast.confidence.rawValue), \(forecast.method), \(forecast.flaggedDays.count))
                ON CONFLICT (season, queue_id, revision) DO NOTHING
                """, logger: logger)
        }
    }
}
