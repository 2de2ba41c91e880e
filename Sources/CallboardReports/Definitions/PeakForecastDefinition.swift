import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

/// Per queue and day of a peak season, the published forecast, what arrived, the agents
/// required, pooled, allocated and planned: `report peak` (CSV and JSON) in the CLI,
/// `/peak-forecast` in the API.
public enum PeakForecastDefinition: ReportDefinition {
    public static let name = "PeakForecast"
    public static let summary = "Per queue and day of a peak season: forecast, actual, required, allocated and planned agents."

    public static let parameters = [
        ReportParameter("season", required: true, pattern: "^[a-z0-9-]{1,64}$", example: "black-friday-2026",
                        "A named peak season, e.g. black-friday-2026."),
        ReportParameter("revision", example: "1",
                        "The forecast revision, 1 to 10000; default the latest of each queue."),
        ReportParameter("today", pattern: ReportParameter.datePattern, example: "2026-11-20",
                        "The day the plan starts from, YYYY-MM-DD; default today on the `tz` clock."),
    ]

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("account_id", .text, "The queue's client account."),
        Column("channel", .text, "voice, chat, email or social."),
        Column("language", .text, "The queue's language."),
        Column("day", .date, "The queue's market day."),
        Column("timing", .text, "past, today or future."),
        Column("revision", .integer, nullable: true, "The published forecast's revision; null where none covers the day."),
        Column("forecast_p50", .decimal, unit: "contacts", nullable: true, "The published P50 volume of the day."),
        Column("forecast_p90", .decimal, unit: "contacts", nullable: true, "The published P90 volume; null for past days."),
        Column("actual", .decimal, unit: "contacts", nullable: true, "Offered so far; null for days to come."),
        Column("feed_gap", .boolean, "A past day forecast open with no interval report."),
        Column("error", .decimal, unit: "contacts", nullable: true, "actual - forecast_p50; null without a report."),
        Column("error_share", .decimal, unit: "fraction of forecast_p50", nullable: true, "error / forecast_p50 as a fraction (negative below the forecast; may exceed 1)."),
        Column("required_agents", .decimal, unit: "agents", nullable: true, "Agents the day requires, to a tenth."),
        Column("pool_agents", .integer, unit: "agents", "Agents who could serve the queue."),
        Column("allocated_agents", .decimal, unit: "agents", nullable: true, "Agents given to the queue, each counted once over the network, to a tenth."),
        Column("gap", .decimal, unit: "agents", nullable: true, "required_agents - allocated_agents, to a tenth."),
        Column("planned_agents", .decimal, unit: "agents", nullable: true, "Supply once the plan's actions land; null for past days."),
        Column("sites", .json, "Agents allocated by site id, an object such as {\"CEB\":2.5}."),
        Column("confidence", .text, "normal or low: how far the queue's forecast can be trusted."),
        Column("method", .text, "How the queue's forecast was made (`own history` unless borrowed)."),
    ]

    public static var sample: PeakReport {
        PeakReport(season: try! PeakSeason.named("black-friday-2026"), today: LocalDate(parsing: "2026-11-20")!)
    }

    public static func rows(_ output: PeakOutlook, _ context: RowContext) -> [[Cell]] {
        output.rows.map { row in
            let past = row.timing == .past, forecast = row.required != nil
            let known = output.confidence[row.queueID]
            return [
                .text(row.queueID.rawValue), .text(row.accountID.rawValue), .text(row.channel.rawValue),
                .text(row.language.rawValue), .date(row.day.description), .text(row.timing.rawValue), .optional(row.revision),
                .rounded(row.forecastP50), past ? .null : .rounded(row.forecastP90), row.timing == .future ? .null : .rounded(row.actual),
                .boolean(row.feedGap), .rounded(row.error), .optional(row.errorShare), .rounded(row.required), .integer(row.pool),
                forecast ? .rounded(row.allocated) : .null, forecast ? .rounded(row.gap) : .null,
                past || !forecast ? .null : .rounded(row.planned),
                .counts(row.sites.filter { $0.allocated > 0 }.map { ($0.siteID, ($0.allocated * 10).rounded() / 10) }),
                .text(known?.confidence.rawValue ?? "normal"), .text(known?.method ?? SeasonForecastPublished.ownHistory),
            ]
        }
    }

    public static func meta(_ output: PeakOutlook) -> [(String, Cell)] {
        [("season", .text(output.season.id)), ("first_day", .date(output.season.firstDay.description)),
         ("last_day", .date(output.season.lastDay.description)), ("model_versions", .list(output.modelVersions)),
         ("today", .date(output.today.description))]
    }
}
