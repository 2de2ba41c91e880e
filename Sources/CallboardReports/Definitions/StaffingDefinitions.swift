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

    public static func meta(_ output: Staffing) -> [(String, Cell)] {
        [("site_id", .text(output.siteID.rawValue)), ("site_name", .text(output.siteName)),
         ("time_zone", .text(output.timeZone.rawValue)), ("week", .text(output.week.description)),
         ("shifts", .integer(output.shifts.count)),
         ("hours", .rounded(Double(output.shifts.reduce(0) { $0 + $1.workedSeconds }) / 3600))]
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
}
