import CallboardDomain
import CallboardProjections
import Scorecards

/// A site's agent-of-the-month standings for a local month, one row per agent with every
/// component of every metric, so the award can be explained from the rows alone:
/// `report awards`.
public enum AwardStandingsDefinition: ReportDefinition {
    public static let name = "AwardStanding"
    public static let summary = "Per agent: rank, score, eligibility with reasons, the granted place of a closed month, and every scorecard component."
    public static let parameters = [
        ReportParameter("site", required: true, example: "MNL", "The site id."),
        ReportParameter("month", required: false, example: "2026-11", "The site's local month, YYYY-MM."),
    ]

    public static let columns: [Column] = [
        Column("rank", .integer, nullable: true, "The agent's place among eligible agents; null when ineligible."),
        Column("agent_id", .text, "The agent."),
        Column("score", .decimal, unit: "points", "The sum of the metrics' points: 100 means every metric on target."),
        Column("eligible", .boolean, "Whether the agent meets every eligibility minimum."),
        Column("reasons", .list, "Why the agent is ineligible; empty when eligible."),
        Column("granted_rank", .integer, nullable: true, "The place the award granted, for a closed month."),
        Column("granted_score", .decimal, unit: "points", nullable: true, "The score the award was granted on."),
    ] + ScorecardMetric.allCases.flatMap(MetricColumns.columns)

    public static var sample: AwardsReport { AwardsReport(siteID: "", month: "2000-01") }

    public static func rows(_ output: AwardMonth, _ context: RowContext) -> [[Cell]] {
        let granted = Dictionary(uniqueKeysWithValues: (output.award?.standings ?? []).map { ($0.agentID, $0) })
        return output.standings.entries.map { entry in
            let place = granted[entry.agentID]
            return [entry.rank.map(Cell.integer) ?? .null, .text(entry.agentID.rawValue), .decimal(entry.score),
                    .boolean(entry.isEligible), .list(entry.ineligibility.map(\.description)),
                    place.map { .integer($0.rank) } ?? .null, place.map { .decimal($0.score) } ?? .null]
                + entry.components.flatMap(MetricColumns.cells)
        }
    }
}
