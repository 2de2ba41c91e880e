import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// The service-level rollup: each queue's contact figures summed per UTC hour (by the hour
/// its intervals start in), so a month of an account's service levels is a sum of at most
/// 744 rows per queue instead of a pass over every interval (issue 14, fast exports).
///
/// Why hours and not local days: a day is a local day on whichever clock the reader asks
/// for (the queue's market clock, or any `tz`), and each interval counts under the SLA in
/// force at its start, which a later SLA change may re-date. Both are settled when a report
/// reads, from the small client-accounts tables: every local day of a whole-hour zone is a
/// whole number of UTC hours, and an SLA that takes effect on a whole hour is in force for
/// the whole hour. ``SLAReport`` reads this rollup for such queues and clocks, and the
/// interval rows otherwise (a half-hour zone such as Asia/Kolkata, or an SLA effective
/// mid-hour), so its figures are exactly those of the interval rows either way.
///
/// A report adds the figures; a correction adds the difference between its corrected and
/// previous figures (the decider records `previous` as the figures it replaces).
public struct ServiceLevelHoursProjection: Projection {
    public let name = "service_level_hours"
    public let eventTypes: Set<String>? = [IntervalReported.eventType, IntervalCorrected.eventType]

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).hours (
                queue_id                  text NOT NULL,
                hour_start                timestamptz NOT NULL,
                offered                   bigint NOT NULL,
                handled                   bigint NOT NULL,
                abandoned                 bigint NOT NULL,
                short_abandoned           bigint NOT NULL,
                answered_within_threshold bigint NOT NULL,
                handle_seconds            bigint NOT NULL,
                PRIMARY KEY (queue_id, hour_start)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        var sums: [HourKey: ContactIntervalFigures] = [:]
        for event in relevant(events) {
            let (queueID, start, delta): (QueueID, Date, ContactIntervalFigures)
            switch try event.domainEvent(as: ContactIntervalEvent.self) {
            case let .reported(report): (queueID, start, delta) = (report.queueID, report.start, report.figures)
            case let .corrected(correction):
                (queueID, start, delta) = (correction.queueID, correction.start, correction.corrected - correction.previous)
            }
            let key = HourKey(queueID: queueID, hour: Self.hour(containing: start))
            sums[key] = (sums[key] ?? .zero) + delta
        }
        let keys = Array(sums.keys)
        let figures = keys.map { sums[$0] ?? .zero }
        var rows = ColumnArrays()
        rows.add(keys.map(\.queueID.rawValue))
        try rows.add(keys.map(\.hour))
        rows.add(figures.map(\.offered))
        rows.add(figures.map(\.handled))
        rows.add(figures.map(\.abandoned))
        rows.add(figures.map(\.shortAbandoned))
        rows.add(figures.map(\.answeredWithinThreshold))
        rows.add(figures.map(\.handleSeconds))
        try await connection.execute("""
            INSERT INTO \(schema).hours AS t (queue_id, hour_start, offered, handled, abandoned, short_abandoned,
                                              answered_within_threshold, handle_seconds)
            SELECT * FROM UNNEST($1::text[], $2::timestamptz[], $3::int8[], $4::int8[], $5::int8[], $6::int8[],
                                 $7::int8[], $8::int8[])
            ON CONFLICT (queue_id, hour_start) DO UPDATE SET
                offered = t.offered + EXCLUDED.offered, handled = t.handled + EXCLUDED.handled,
                abandoned = t.abandoned + EXCLUDED.abandoned, short_abandoned = t.short_abandoned + EXCLUDED.short_abandoned,
                answered_within_threshold = t.answered_within_threshold + EXCLUDED.answered_within_threshold,
                handle_seconds = t.handle_seconds + EXCLUDED.handle_seconds
            """, rows, rowCount: keys.count, logger: logger)
    }

    /// The UTC hour `instant` falls in.
    static func hour(containing instant: Date) -> Date {
        Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
    }

    private struct HourKey: Hashable {
        let queueID: QueueID
        let hour: Date
    }
}

extension ContactIntervalFigures {
    /// What a correction changes: every count of `self` less those of `other`.
    static func - (lhs: ContactIntervalFigures, rhs: ContactIntervalFigures) -> ContactIntervalFigures {
        ContactIntervalFigures(
            offered: lhs.offered - rhs.offered, handled: lhs.handled - rhs.handled, abandoned: lhs.abandoned - rhs.abandoned,
            shortAbandoned: lhs.shortAbandoned - rhs.shortAbandoned,
            answeredWithinThreshold: lhs.answeredWithinThreshold - rhs.answeredWithinThreshold,
            handleSeconds: lhs.handleSeconds - rhs.handleSeconds)
    }
}
