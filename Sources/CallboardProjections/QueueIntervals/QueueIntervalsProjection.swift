import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Contact facts per queue and UTC interval: offered, handled, abandoned, short abandons,
/// answered within the SLA threshold and handle seconds. A correction replaces the
/// figures (its revision is kept). Service level, abandon rate and AHT are ratios of
/// these sums, computed when a report asks (see ``ServiceLevelAttainment``), so any
/// period adds up exactly.
///
/// This is the high-volume read model: a batch becomes one multi-row upsert.
public struct QueueIntervalsProjection: Projection {
    public let name = "queue_intervals"
    public let eventTypes: Set<String>? = [IntervalReported.eventType, IntervalCorrected.eventType]

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).intervals (
                queue_id                  text NOT NULL,
                interval_start            timestamptz NOT NULL,
                interval_minutes          smallint NOT NULL,
                offered                   integer NOT NULL,
                handled                   integer NOT NULL,
                abandoned                 integer NOT NULL,
                short_abandoned           integer NOT NULL,
                answered_within_threshold integer NOT NULL,
                handle_seconds            bigint NOT NULL,
                revision                  integer NOT NULL,
                PRIMARY KEY (queue_id, interval_start)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let intervals = try latestFigures(relevant(events))
        var rows = ColumnArrays()
        rows.add(intervals.map(\.queueID.rawValue))
        try rows.add(intervals.map(\.start))
        rows.add(intervals.map(\.length.minutes))
        rows.add(intervals.map(\.figures.offered))
        rows.add(intervals.map(\.figures.handled))
        rows.add(intervals.map(\.figures.abandoned))
        rows.add(intervals.map(\.figures.shortAbandoned))
        rows.add(intervals.map(\.figures.answeredWithinThreshold))
        rows.add(intervals.map(\.figures.handleSeconds))
        rows.add(intervals.map(\.revision))
        try await connection.execute("""
            INSERT INTO \(schema).intervals AS t (queue_id, interval_start, interval_minutes, offered, handled, abandoned,
                                                  short_abandoned, answered_within_threshold, handle_seconds, revision)
            SELECT * FROM UNNEST($1::text[], $2::timestamptz[], $3::int8[], $4::int8[], $5::int8[], $6::int8[],
                                 $7::int8[], $8::int8[], $9::int8[], $10::int8[])
            ON CONFLICT (queue_id, interval_start) DO UPDATE SET
                interval_minutes = EXCLUDED.interval_minutes, offered = EXCLUDED.offered, handled = EXCLUDED.handled,
                abandoned = EXCLUDED.abandoned, short_abandoned = EXCLUDED.short_abandoned,
                answered_within_threshold = EXCLUDED.answered_within_threshold,
                handle_seconds = EXCLUDED.handle_seconds, revision = EXCLUDED.revision
            """, rows, rowCount: intervals.count, logger: logger)
    }

    /// One interval's figures as they stand after the batch.
    private struct IntervalFigures {
        let queueID: QueueID
        let start: Date
        let length: IntervalLength
        let figures: ContactIntervalFigures
        let revision: Int
    }

    /// The last figures per queue and interval (an upsert may touch each row only once).
    private func latestFigures(_ events: [RecordedEvent]) throws -> [IntervalFigures] {
        var latest: [String: IntervalFigures] = [:]
        for event in events {
            let figures: IntervalFigures
            switch try event.domainEvent(as: ContactIntervalEvent.self) {
            case let .reported(report):
                figures = IntervalFigures(
                    queueID: report.queueID, start: report.start, length: report.length, figures: report.figures, revision: 0)
            case let .corrected(correction):
                figures = IntervalFigures(
                    queueID: correction.queueID, start: correction.start, length: correction.length,
                    figures: correction.corrected, revision: correction.revision)
            }
            latest["\(figures.queueID)|\(figures.start.timeIntervalSince1970)"] = figures
        }
        return Array(latest.values)
    }
}
