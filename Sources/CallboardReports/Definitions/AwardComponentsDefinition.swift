import CallboardDomain
import CallboardProjections
import Scorecards

/// Each agent's scorecard a row per metric, with the site mean every figure is shrunk
/// toward: `report awards --agent A` shows one agent's rows.
public enum AwardComponentsDefinition: ReportDefinition {
    public static let name = "AwardComponent"
    public static let summary = "Per agent and metric: the raw figure, observations, normalised value, site mean, credibility, shrunk value, weight and points."
    public static let parameters = AwardStandingsDefinition.parameters
        + [ReportParameter("agent", required: false, example: "MNL-0001", "Only this agent's rows.")]

    public static let columns: [Column] = [
        Column("agent_id", .text, "The agent."),
        Column("metric", .text, "The metric's short name: qa, csat, fcr, adh, aht or comm."),
        Column("raw", .decimal, nullable: true, "The agent's figure; null without data."),
        Column("n", .decimal, "Observations the figure rests on (evaluations, surveys, contacts, shifts or notes)."),
        Column("norm", .decimal, nullable: true, "The figure against target (1 = on target), capped."),
        Column("site_mean", .decimal, nullable: true, "The site's pooled normalised figure; null when nobody has data."),
        Column("cred", .decimal, "The weight of the agent's own figure, n / (n + k)."),
        Column("shrunk", .decimal, "cred x norm + (1 - cred) x site_mean."),
        Column("weight", .decimal, "The metric's weight in the score."),
        Column("pts", .decimal, unit: "points", "weight x shrunk x 100."),
    ]

    public static var sample: AwardsReport { AwardStandingsDefinition.sample }

    public static func rows(_ output: AwardMonth, _ context: RowContext) -> [[Cell]] {
        output.standings.entries.flatMap(rows(of:))
    }

    /// One agent's rows.
    public static func rows(of entry: StandingEntry) -> [[Cell]] {
        entry.components.map { component in
            let cells = MetricColumns.cells(component)
            return [.text(entry.agentID.rawValue), .text(component.metric.abbreviation)] + cells.prefix(3)
                + [MetricColumns.rounded(component.siteMean)] + cells.dropFirst(3)
        }
    }
}
