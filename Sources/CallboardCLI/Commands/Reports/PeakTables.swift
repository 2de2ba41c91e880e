import CallboardReports
import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

/// The tables `report peak` prints on a terminal: the days (one section per queue, so a queue's
/// full id heads its rows and is never cut), the plan from today, and the site days. CSV and JSON
/// print ``PeakForecastDefinition`` and ``PeakPlanDefinition``, the API's columns.
///
/// Blanks, not zeros, where a figure does not apply: no P90 or plan for past days, no actual or
/// error for days to come, no error without a report; a past day forecast open with no report
/// is a feed gap, not a zero.
enum PeakTables {
    /// `Mon 2026-11-23`: a local date with its weekday.
    static func dated(_ day: LocalDate) -> String {
        "\(day.weekday.abbreviation) \(day)"
    }

    /// The terminal view: per queue a heading with its full id, then its days in 80 columns.
    static func printByQueue(_ outlook: PeakOutlook, details: KeyValuePairs<String, Cell>,
                             result: ReportResult<PeakOutlook>) {
        StandardOutput.write(byQueue(outlook, details: details, footer: footer(result)))
    }

    /// What ``printByQueue(_:details:result:)`` prints.
    static func byQueue(_ outlook: PeakOutlook, details: KeyValuePairs<String, Cell>, footer: String) -> String {
        var lines = details.filter { !($0.value == .null) }.map { "\($0.key.replacingOccurrences(of: "_", with: " ")): \($0.value.shown)" }
        lines += ["forecast: P50 (past days), P50-P90 (from today); actual: offered so far, and",
                  "the error against P50; pool: agents who could serve the queue; allocated:",
                  "agents given to it, each counted once; gap = required - allocated; planned:",
                  "supply once the plan's actions land"]
        var order: [QueueID] = []
        var byQueue: [QueueID: [PeakOutlook.Row]] = [:]
        for row in outlook.rows {
            if byQueue[row.queueID] == nil { order.append(row.queueID) }
            byQueue[row.queueID, default: []].append(row)
        }
        if order.isEmpty { lines += ["", "No published queue in this scope."] }
        for queue in order {
            let rows = byQueue[queue]!
            let first = rows[0]
            let revisions = Set(rows.compactMap(\.revision)).sorted().map(String.init).joined(separator: ", ")
            lines += ["", "\(queue.rawValue): account \(first.accountID.rawValue), \(first.channel.rawValue), \(first.language.rawValue)"
                + (revisions.isEmpty ? ", not forecast" : ", revision \(revisions)")
                + (outlook.confidence[queue].map { $0.confidence == .low ? ", low confidence (\($0.method))" : "" } ?? "")]
            let table = OutputTable(
                columns: ["day", "forecast", "actual", "required", "pool", "allocated", "gap", "planned"],
                rows: rows.map { row in
                    let forecast: String = switch (row.forecastP50, row.forecastP90) {
                    case let (p50?, p90?) where row.timing != .past && p90.rounded() != p50.rounded(): "\(whole(p50))-\(whole(p90))"
                    case let (p50?, _): whole(p50)
                    default: ""
                    }
                    let actual: String = if row.feedGap { "feed gap" } else if let value = row.actual, row.timing != .future {
                        whole(value) + (row.errorShare.map { " \($0 >= 0 ? "+" : "")\(Int(($0 * 100).rounded()))%" } ?? "")
                    } else { "" }
                    guard let required = row.required else {
                        return [.text(dated(row.day)), .text(forecast), .text(actual), .null, .integer(row.pool), .null, .null, .null]
                    }
                    return [.text(dated(row.day)), .text(forecast), .text(actual), .text(short(required)), .integer(row.pool),
                            .text(short(row.allocated)), .text(short(row.gap)), .text(row.timing == .past ? "" : short(row.planned))]
                })
            lines.append(OutputFormat.table.render(table))
        }
        return (lines + ["", footer]).joined(separator: "\n") + "\n"
    }

    /// The line that says which position of the log a report reflects.
    static func footer<Output>(_ result: ReportResult<Output>) -> String {
        result.asOf.map { "As known at \(EventJSON.format($0)) (recorded time): the log up to position \(result.position)." }
            ?? "Reflects the log up to position \(result.position)."
    }

    static let planColumns = [
        "queue", "action", "site", "agents", "hours", "people", "needed_by", "latest_start", "lands_on", "status", "days",
        "unreachable_days",
    ]

    /// The plan on a terminal: per queue a heading with its full id, its actions in 80 columns
    /// (ISO dates: the weekday is in CSV and JSON), then who is proposed for cross-training.
    static func printPlanByQueue(_ outlook: PeakOutlook, details: KeyValuePairs<String, Cell>,
                                 result: ReportResult<PeakOutlook>) {
        StandardOutput.write(planByQueue(outlook, details: details, footer: footer(result)))
    }

    /// What ``printPlanByQueue(_:details:result:)`` prints.
    static func planByQueue(_ outlook: PeakOutlook, details: KeyValuePairs<String, Cell>, footer: String) -> String {
        var lines = details.filter { !($0.value == .null) }.map { "\($0.key.replacingOccurrences(of: "_", with: " ")): \($0.value.shown)" }
        lines += ["latest start: the first short day minus the lead time; overdue: it has passed,",
                  "and the short days before the action could land are lost; days: short days it",
                  "covers once it lands"]
        var order: [String] = []
        var byQueue: [String: [PlanAction]] = [:]
        for action in outlook.plan {
            if byQueue[action.queueID] == nil { order.append(action.queueID) }
            byQueue[action.queueID, default: []].append(action)
        }
        if order.isEmpty { lines += ["", "Nothing is short from \(outlook.today) on: no action needed."] }
        for queue in order {
            let actions = byQueue[queue]!
            lines += ["", "\(queue):"]
            lines.append(OutputFormat.table.render(OutputTable(
                columns: ["action", "site", "agents", "hours", "needed_by", "latest_start", "status", "days", "lost_days"],
                rows: actions.map { action in
                    [.text(action.kind.rawValue), .text(action.siteID ?? "any"), .integer(action.agents), ReportCell.tenths(action.hours),
                     .text(action.neededBy.description), .text(action.latestStart.description),
                     .text(action.overdue ? "overdue" : "on time"), .integer(action.days),
                     action.unreachableDays > 0 ? .integer(action.unreachableDays) : .null]
                })))
            for action in actions where !action.agentIDs.isEmpty {
                lines.append("  cross-train at \(action.siteID ?? "any"): \(action.agentIDs.joined(separator: ", "))")
            }
        }
        return (lines + ["", footer]).joined(separator: "\n") + "\n"
    }

    /// `report peak --sites` on a terminal: ``PeakSitesDefinition``'s columns that fit 80 columns.
    static let sitesTerminalColumns = ["site_id", "day", "agents", "demand", "allocated", "gap", "seats", "seats_needed", "seats_short"]

    /// A head count to one decimal, without a trailing `.0`.
    static func short(_ value: Double?) -> String { ReportCell.tenths(value).shown }

    private static func whole(_ value: Double) -> String { String(Int(value.rounded())) }
}
