import CallboardDomain
import CallboardProjections
import Foundation

/// A site's hours per queue and weekday of an ISO week: `report staffing` (`--by queue`).
public enum StaffingByQueueDefinition: ReportDefinition {
    public static let name = "StaffingByQueue"
    public static let summary = "A site's hours on duty per queue and weekday of an ISO week, breaks excluded."
    public static let parameters = [
        ReportParameter("week", pattern: "^[0-9]{4}-W[0-9]{2}$", example: "2026-W48", "The ISO week; default this week."),
    ]
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    public static let columns = [Column("queue_id", .text, "The queue.")]
        + weekdays.map { Column("\($0)_hours", .decimal, unit: "hours", "Hours on duty on the queue that weekday, to a tenth.") }
        + [Column("total_hours", .decimal, unit: "hours", "Hours on duty on the queue in the week, to a tenth.")]

    public static var sample: StaffingReport { StaffingReport(siteID: "", week: ISOWeek(parsing: "2026-W48")!) }

    public static func rows(_ output: Staffing, _ context: RowContext) -> [[Cell]] {
        output.queues.map { queue in
            [.text(queue.queueID.rawValue)] + queue.hoursByDay.map { .rounded($0) } + [.rounded(queue.totalHours)]
        }
    }

    /// The week's facts: `worked_hours` counts each shift once (the shift rows' sum),
    /// `queue_hours` counts a shift on several queues once per queue (the queue rows' sum).
    public static func meta(_ output: Staffing) -> [(String, Cell)] {
        var meta: [(String, Cell)] = [
            ("site_id", .text(output.siteID.rawValue)), ("site_name", .text(output.siteName)),
            ("time_zone", .text(output.timeZone.rawValue)), ("week", .text(output.week.description)),
            ("shifts", .integer(output.shifts.count)), ("worked_hours", .rounded(output.workedHours)),
            ("queue_hours", .rounded(output.queueHours)),
        ]
        if output.queueHours > output.workedHours + 1e-9 {
            meta.append(("note", .text("a shift on several queues gives its hours to each, so queue hours exceed worked hours")))
        }
        return meta
    }

    /// The table, with `totalRow` a last row `total` summing the rows (the terminal's).
    public static func table(_ output: Staffing, meta: [(String, Cell)], totalRow: Bool) -> ReportTable {
        var rows = rows(output, RowContext())
        if totalRow {
            rows.append([.text("total")] + output.queueHoursByDay.map { .rounded($0) } + [.rounded(output.queueHours)])
        }
        return ReportTable(columns: columns, meta: meta, rows: rows)
    }
}

/// A site's shifts in an ISO week, on the site's clock: `report staffing --by shift`.
public enum StaffingShiftsDefinition: ReportDefinition {
    public static let name = "StaffingShift"
    public static let summary = "A site's shifts in an ISO week on the site's clock, with the queues each serves."
    public static var parameters: [ReportParameter] { StaffingByQueueDefinition.parameters }

    public static let columns = [
        Column("agent_id", .text, "The agent."),
        Column("name", .text, nullable: true, "The agent's name."),
        Column("shift_id", .text, "The shift."),
        Column("date", .date, "The local day the shift starts."),
        Column("start_time", .text, "Local start, HH:MM."),
        Column("end_time", .text, "Local end, HH:MM."),
        Column("ends_next_day", .boolean, "Whether the shift ends the next local day."),
        Column("hours", .decimal, unit: "hours", "Time on duty, breaks excluded, to a tenth."),
        Column("queues", .list, "The queues the shift serves."),
    ]

    public static var sample: StaffingReport { StaffingByQueueDefinition.sample }

    public static func rows(_ output: Staffing, _ context: RowContext) -> [[Cell]] {
        output.shifts.map { shift in
            [.text(shift.agentID.rawValue), .optional(shift.agentName), .text(shift.shiftID.rawValue),
             .date(shift.localStart.date.description), .text(shift.localStart.time.description), .text(shift.localEnd.time.description),
             .boolean(shift.localEnd.date > shift.localStart.date), .rounded(Double(shift.workedSeconds) / 3600),
             .list(shift.queues.map(\.rawValue))]
        }
    }

    /// The table, with `totalRow` a last row `total` with the shifts' worked hours (the terminal's).
    public static func table(_ output: Staffing, meta: [(String, Cell)], totalRow: Bool) -> ReportTable {
        var rows = rows(output, RowContext())
        if totalRow {
            rows.append([.text("total"), .text("\(output.shifts.count) shifts"), .null, .null, .null, .null, .null,
                         .rounded(output.workedHours), .null])
        }
        return ReportTable(columns: columns, meta: meta, rows: rows)
    }
}
