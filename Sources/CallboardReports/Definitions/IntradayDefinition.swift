import CallboardDomain
import CallboardProjections
import Foundation

/// Per half hour of today and per queue of an account: forecast against actual, the
/// reforecast, staffing and service level so far, with the risks: `report intraday`.
public enum IntradayDefinition: ReportDefinition {
    public static let name = "Intraday"
    public static let summary = "Per half hour and queue of a day: forecast, actual, reforecast, required and eligible agents, service level and risks."
    public static let parameters = [
        ReportParameter("date", pattern: ReportParameter.datePattern, example: "2026-11-27", "The local day; default today."),
    ]

    public static let columns = [
        Column("interval_start", .instant, "The half hour's start, on the report's clock with its offset."),
        Column("local_time", .text, "The half hour's start as HH:MM on the report's clock."),
        Column("queue_id", .text, "The queue."),
        Column("is_open", .boolean, "Whether the queue's hours include the half hour."),
        Column("forecast", .decimal, unit: "contacts", nullable: true, "Published P50 contacts, to a tenth; null where none covers it."),
        Column("actual", .integer, unit: "contacts", nullable: true, "Contacts offered; null until reported."),
        Column("reforecast", .decimal, unit: "contacts", nullable: true, "The forecast scaled by the day so far, to a tenth."),
        Column("required_agents", .integer, unit: "agents", nullable: true, "Agents the reforecast requires."),
        Column("scheduled_agents", .integer, unit: "agents", "Agents on duty on the queue."),
        Column("eligible_agents", .integer, unit: "agents", "Of those, the agents who count."),
        Column("service_level", .ratio, nullable: true, "The half hour's service level, a fraction 0..1."),
        Column("service_level_so_far", .ratio, nullable: true, "The day's service level up to this half hour, a fraction 0..1."),
        Column("risks", .list, "What puts the half hour at risk."),
    ]

    public static var sample: IntradayReport { IntradayReport(accountID: "", date: LocalDate(year: 2026, month: 11, day: 27)!) }

    public static func rows(_ output: Intraday, _ context: RowContext) -> [[Cell]] {
        output.intervals.map { row in
            [.instant(row.start), .text(row.localStart.time.description), .text(row.queueID.rawValue), .boolean(row.isOpen),
             .rounded(row.forecast), .optional(row.actual), .rounded(row.reforecast), .optional(row.required),
             .integer(row.scheduled), .integer(row.eligible), .ratio(row.serviceLevel), .ratio(row.serviceLevelSoFar),
             .list(row.risks.map(\.rawValue))]
        }
    }
}
