import CallboardDomain
import PostgresNIO
import Projections

/// `report staffing --site S --week 2026-W48`: the site's shifts in the week and the hours
/// per queue, in the site's local time, from the coverage read model (names from the roster).
public struct StaffingReport: ReportQuery {
    public let siteID: SiteID
    public let week: ISOWeek

    public init(siteID: SiteID, week: ISOWeek) {
        self.siteID = siteID
        self.week = week
    }

    public var readModels: [any Projection] { [SiteRosterProjection(), ShiftCoverageProjection()] }

    public func read(from source: ReadModelSource) async throws -> Staffing {
        let site = try await RosterReport(siteID: siteID).site(source)
        let shifts = try await self.shifts(source)
        return Staffing(
            siteID: siteID, siteName: site.name, timeZone: site.timeZone, week: week, shifts: shifts,
            queues: QueueWeekHours.from(shifts, week: week))
    }

    private func shifts(_ source: ReadModelSource) async throws -> [StaffedShift] {
        let rows = try await source.connection.query("""
            SELECT s.agent_id, r.name, s.shift_id, s.local_start::text, s.local_end::text, s.worked_seconds, s.queues
              FROM \(unescaped: source.schemas.shiftCoverage).shifts s
              LEFT JOIN \(unescaped: source.schemas.siteRoster).agents r USING (agent_id)
             WHERE s.site_id = \(siteID.rawValue)
               AND s.local_start >= \(week.monday.description)::timestamp
               AND s.local_start < \(week.monday.adding(days: 7).description)::timestamp
             ORDER BY s.local_start, s.agent_id, s.shift_id
            """, logger: source.logger)
        var shifts: [StaffedShift] = []
        for try await (agent, name, shift, start, end, worked, queues) in rows.decode(
            (String, String?, String, String, String, Int, [String]).self
        ) {
            shifts.append(StaffedShift(
                agentID: AgentID(agent), agentName: name, shiftID: ShiftID(shift),
                localStart: try StoredValue.localDateTime(start), localEnd: try StoredValue.localDateTime(end),
                workedSeconds: worked, queues: queues.map { QueueID($0) }))
        }
        return shifts
    }
}
