import CallboardDomain
import Foundation
import PostgresNIO

/// The agents scheduled on one queue in one interval, counted per site in SQL.
struct ScheduledStaff {
    struct Key: Hashable {
        let queueID: QueueID
        let start: Date
    }

    var scheduled = 0
    var eligibleBySite: [SiteID: Int] = [:]
    var eligibleSeconds = 0

    /// Staffing of `queues` in the intervals starting in [from, to), keyed by queue and start.
    ///
    /// `OFFSET 0` keeps the eligibility subquery from being flattened into the aggregates:
    /// flattened, its condition (a status lookup and a certification anti-join per row) was
    /// evaluated once for each of the two aggregates that read it; full demo world, tabula's
    /// day: 44-52 ms of execution before, 29-43 ms after (EXPLAIN ANALYZE, load average ~10).
    static func read(
        _ queues: [AccountQueue], from: Date, to: Date, in source: ReadModelSource
    ) async throws -> [Key: ScheduledStaff] {
        let schema = source.schemas.shiftCoverage
        let rows = try await source.connection.query("""
            SELECT i.queue_id, i.interval_start, i.site_id, count(*)::int8,
                   count(*) FILTER (WHERE e.eligible)::int8,
                   coalesce(sum(i.worked_seconds) FILTER (WHERE e.eligible), 0)::int8
              FROM UNNEST(\(queues.map(\.queueID.rawValue)), \(queues.map(\.language.rawValue))) AS q(queue_id, language)
              JOIN \(unescaped: schema).shift_intervals i ON i.queue_id = q.queue_id
              JOIN \(unescaped: schema).shifts s ON s.agent_id = i.agent_id AND s.shift_id = i.shift_id
              LEFT JOIN \(unescaped: schema).agents a ON a.agent_id = i.agent_id
              CROSS JOIN LATERAL (SELECT coalesce((\(unescaped: StaffingEligibility.condition(schema: schema, certifications: source.schemas.certifications))), false)
                                         AS eligible OFFSET 0) e
             WHERE i.interval_start >= \(from) AND i.interval_start < \(to)
             GROUP BY i.queue_id, i.interval_start, i.site_id
            """, logger: source.logger)
        var staff: [Key: ScheduledStaff] = [:]
        for try await (queue, start, site, scheduled, eligible, seconds) in rows.decode(
            (String, Date, String, Int, Int, Int).self
        ) {
            let key = Key(queueID: QueueID(queue), start: start)
            staff[key, default: ScheduledStaff()].scheduled += scheduled
            staff[key, default: ScheduledStaff()].eligibleSeconds += seconds
            if eligible > 0 { staff[key, default: ScheduledStaff()].eligibleBySite[SiteID(site)] = eligible }
        }
        return staff
    }
}
