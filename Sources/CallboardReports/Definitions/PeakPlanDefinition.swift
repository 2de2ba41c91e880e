import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

/// The plan from today behind a season forecast: per queue, overtime, agents to cross-train
/// and hires, where, by when: `report peak --plan` (CSV and JSON) in the CLI, `/peak-plan` in
/// the API.
public enum PeakPlanDefinition: ReportDefinition {
    public static let name = "PeakPlan"
    public static let summary = "The plan from today: overtime, cross-training and hires per queue, where and by when."
    public static var parameters: [ReportParameter] { PeakForecastDefinition.parameters }

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("kind", .text, "overtime, cross-train or hire."),
        Column("site_id", .text, nullable: true, "Where; null when any site will do."),
        Column("agents", .integer, unit: "agents", "Agents the action adds."),
        Column("hours", .decimal, unit: "hours", nullable: true, "Overtime hours, to a tenth; null for other actions."),
        Column("agent_ids", .list, "Agents proposed for cross-training (ids in the CLI; the API names no agents: empty)."),
        Column("needed_by", .date, "The first short day the action closes."),
        Column("latest_start", .date, "The latest day to start it."),
        Column("lands_on", .date, "When it lands if started today."),
        Column("overdue", .boolean, "Whether it lands too late for some short days."),
        Column("days", .integer, unit: "days", "Short days it closes."),
        Column("unreachable_days", .integer, unit: "days", "Short days it can no longer close."),
    ]

    public static var sample: PeakReport { PeakForecastDefinition.sample }

    public static func rows(_ output: PeakOutlook, _ context: RowContext) -> [[Cell]] {
        output.plan.map { action in
            [.text(action.queueID), .text(action.kind.rawValue), .optional(action.siteID), .integer(action.agents),
             .rounded(action.hours), .list(action.agentIDs.map { context.agentLabel($0, "") }.filter { !$0.isEmpty }),
             .date(action.neededBy.description), .date(action.latestStart.description), .date(action.landsOn.description),
             .boolean(action.overdue), .integer(action.days), .integer(action.unreachableDays)]
        }
    }
}
