import CallboardReports
import CallboardDomain
import CallboardProjections
import EventStore
import Scorecards

/// `report awards` as tables: the standings (one row per agent, every component of every
/// metric in CSV and JSON, the points per metric on screen) and one agent's components, both
/// from their report definitions, and the details that explain them (settings, site means,
/// tie-break rule, ineligibility, the award and any later data).
struct AwardsView {
    let month: AwardMonth

    init(_ month: AwardMonth) { self.month = month }

    var terminalColumns: [String] {
        ["rank", "agent_id", "score"] + ScorecardMetric.allCases.map { "\($0.abbreviation)_pts" }
            + (month.award == nil ? [] : ["granted_rank"])
    }

    /// Every agent's row, every component of every metric (``AwardStandingsDefinition``).
    var standingsTable: OutputTable { OutputTable(AwardStandingsDefinition.table(month)) }

    /// One agent's components, without the agent column (the details name the agent).
    static let componentColumns = Array(AwardComponentsDefinition.columnNames.dropFirst())

    /// One agent's scorecard, a row per metric, with the site mean each figure is shrunk toward
    /// (``AwardComponentsDefinition``).
    func components(of entry: StandingEntry) -> OutputTable {
        OutputTable(columns: AwardComponentsDefinition.columnNames, rows: AwardComponentsDefinition.rows(of: entry))
    }

    var details: KeyValuePairs<String, Cell> {
        let standings = month.standings, configuration = standings.configuration
        return [
            "site": .text(month.siteID.rawValue), "month": .text(month.month.description),
            "time_zone": .text(month.timeZone.rawValue), "award": .text(awardLine),
            "settings": .text(settingsLine), "weights": .text(ScorecardWording.weights(configuration.weights)),
            "targets": .text(ScorecardWording.targets(configuration)),
            "eligibility": .text(ScorecardWording.eligibility(configuration.eligibility)),
            "credibility": .text("own figure counts n / (n + k): " + ScorecardWording.credibility(configuration.credibility)),
            "site_means": .list(ScorecardMetric.allCases.map { metric in
                "\(metric.abbreviation) \(standings.siteMeans[metric].map(ScorecardWording.number) ?? "none")"
            }),
            "tie_break": .text("equal scores (to hundredths) are ordered by "
                + TieBreakRule.allCases.map(\.description).joined(separator: ", then ")),
            "ties": .list(standings.tieBreaks.map(\.description)),
            "ineligible": .list(standings.ineligible.map { entry in
                "\(entry.agentID): \(entry.ineligibility.map(\.description).joined(separator: ", "))"
            }),
            "later_data": .list(month.laterData.map(\.description)),
            "agents": .integer(standings.entries.count), "eligible_agents": .integer(standings.eligible.count),
        ]
    }

    private var awardLine: String {
        guard let award = month.award else {
            return "open: " + (month.standings.winner.map { "\($0.agentID) leads with \($0.score)" } ?? "nobody is eligible yet")
        }
        let later = month.hasLaterData
            ? " DATA ARRIVED AFTER THE AWARD: the rows are recomputed with it (see later_data); granted_rank is what was decided."
            : " No data arrived after it: the rows are what was decided."
        return "closed: granted to \(award.agentID) (score \(award.score)) on \(award.grantedOn) by \(award.grantedBy)." + later
    }

    private var settingsLine: String {
        switch month.configurationSource {
        case .standard: "common practice (the site has configured none for this month)"
        case let .configured(entry):
            "the site's, from \(entry.effectiveFrom), set by \(entry.configuredBy) at \(EventJSON.format(entry.configuredAt))"
        case .award: "the ones the award was granted with"
        }
    }
}
