import CallboardDomain
import CallboardProjections
import Foundation

/// Per half hour of a local day and per queue of an account, the agents scheduled, those who
/// count, those the published forecast requires and the gap: `report coverage` in the CLI,
/// `/coverage` in the API.
public enum CoverageDefinition: ReportDefinition {
    public static let name = "Coverage"
    public static let summary = "Per half hour of a local day and per queue, the agents scheduled, eligible and required, and the gap."

    public static let parameters = [
        ReportParameter("date", required: true, pattern: ReportParameter.datePattern, example: "2026-11-27",
                        "The local day, YYYY-MM-DD, from 1900-01-01 to 9998-12-31, on the `tz` clock."),
        ReportParameter("percentile", values: ["p50", "p90"], example: "p90",
                        "Staff to the published P50 (default) or P90 (the CLI's --p90)."),
    ]

    public static let columns = [
        Column("interval_start", .instant, "The half hour's start, on the report's clock with its offset."),
        Column("local_time", .text, "The half hour's start as a wall-clock time HH:MM on the report's clock (a DST night has two 01:30s; interval_start tells them apart)."),
        Column("queue_id", .text, "The queue."),
        Column("channel", .text, "voice, chat, email or social."),
        Column("language", .text, "The queue's language."),
        Column("is_open", .boolean, "Whether the queue's hours (on its market clock) include the half hour."),
        Column("scheduled_agents", .integer, unit: "agents", "Agents on duty on the queue in the half hour, whatever their status."),
        Column("eligible_agents", .integer, unit: "agents", "Of those, the agents who count: live, speaking the language, certified when the queue requires it."),
        Column("eligible_fte", .decimal, unit: "agent-intervals", "Eligible time on duty, to a tenth (two agents on duty for half of it: 1.0)."),
        Column("required_agents", .integer, unit: "agents", nullable: true, "The agents the latest published season forecast requires (Erlang on its P50 or P90); null where none covers the half hour."),
        Column("gap", .integer, unit: "agents", nullable: true, "required_agents - eligible_agents: positive where short; null without a requirement."),
        Column("sites", .json, "Eligible agents by site id, an object such as {\"CEB\":3,\"MNL\":2}."),
    ]

    public static var sample: CoverageReport { CoverageReport(accountID: "", date: LocalDate(year: 2026, month: 11, day: 27)!) }

    public static func rows(_ output: Coverage, _ context: RowContext) -> [[Cell]] {
        output.intervals.map { interval in
            [.instant(interval.start), .text(interval.localStart.time.description), .text(interval.queueID.rawValue),
             .text(interval.channel.rawValue), .text(interval.language.rawValue), .boolean(interval.isOpen),
             .integer(interval.scheduledAgents), .integer(interval.eligibleAgents), .rounded(interval.eligibleFTE),
             .optional(interval.requiredAgents), .optional(interval.gap),
             .counts(interval.sites.map { ($0.siteID.rawValue, Double($0.agents)) })]
        }
    }

    public static func meta(_ output: Coverage) -> [(String, Cell)] {
        [("account_id", .text(output.accountID.rawValue)), ("date", .date(output.date.description)),
         ("time_zone", .text(output.timeZone.rawValue)), ("percentile", .text(output.basis.rawValue)),
         ("requirement_sources", .list(output.requirementSources))]
    }

    /// The clock the report's instants are written on.
    public static func zone(_ output: Coverage) -> TimeZone { output.timeZone.timeZone ?? .utcZone }
}
