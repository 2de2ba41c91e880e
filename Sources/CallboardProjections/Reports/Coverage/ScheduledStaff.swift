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
    /// Each part of ``StaffingEligibility`` is evaluated as rarely as it can be: the programs
    /// once per queue, the agent's languages and status once per shift (a materialized CTE,
    /// so the planner cannot fold it back into the rows), and only the certification's
    /// validity once per interval. Full demo world, tabula's day (2,838 rows, 93 shifts): the
    /// status lookup, the shift join and a scan of `queue_programs` ran for every row before,
    /// and the query took about twice as long (82 against 174 ms, medians of 8 alternating runs in
    /// one session, load average ~20).
    static func read(
        _ queues: [AccountQueue], from: Date, to: Date, in source: ReadModelSource
    ) async throws -> [Key: ScheduledStaff] {
        let (schema, certifications) = (source.schemas.shiftCoverage, source.schemas.certifications)
        let rows = try await source.connection.query("""
            WITH q AS (
                SELECT q.queue_id, q.language, p.programs
                  FROM UNNEST(\(queues.map(\.queueID.rawValue)), \(queues.map(\.language.rawValue))) AS q(queue_id, language)
                  CROSS JOIN LATERAL (\(unescaped: StaffingEligibility.programs(of: "q.queue_id", certifications: certifications))) p),
            i AS (
                SELECT i.queue_id, i.interval_start, i.site_id, i.worked_seconds, i.agent_id, i.shift_id, q.language, q.programs
                  FROM q JOIN \(unescaped: schema).shift_intervals i ON i.queue_id = q.queue_id
                 WHERE i.interval_start >= \(from) AND i.interval_start < \(to)),
            shift AS MATERIALIZED (
                SELECT s.agent_id, s.shift_id, a.languages, \(unescaped: StaffingEligibility.live(schema: schema)) AS live
                  FROM (SELECT DISTINCT agent_id, shift_id FROM i) d
                  JOIN \(unescaped: schema).shifts s ON s.agent_id = d.agent_id AND s.shift_id = d.shift_id
                  LEFT JOIN \(unescaped: schema).agents a ON a.agent_id = s.agent_id)
            SELECT i.queue_id, i.interval_start, i.site_id, count(*)::int8,
                   count(*) FILTER (WHERE e.eligible)::int8,
                   coalesce(sum(i.worked_seconds) FILTER (WHERE e.eligible), 0)::int8
              FROM i JOIN shift sh ON sh.agent_id = i.agent_id AND sh.shift_id = i.shift_id
              CROSS JOIN LATERAL (SELECT coalesce((i.language = ANY(sh.languages) AND sh.live
                                                   AND \(unescaped: StaffingEligibility.certified(certifications: certifications))), false)
                                         AS eligible OFFSET 0) e
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
