import CallboardReports
import CallboardDomain
import CallboardProjections
import EventStore
import Scorecards

/// `report awards` as tables: the standings (one row per agent, every component of every
/// metric in CSV and JSON, the points per metric on screen), one agent's components, and the
/// details that explain them (settings, site means, tie-break rule, ineligibility, the award
/// and any later data).
struct AwardsView {
    let month: AwardMonth

    init(_ month: AwardMonth) { self.month = month }

    private static let componentParts = ["raw", "n", "norm", "cred", "shrunk", "weight", "pts"]

    var terminalColumns: [String] {
        ["rank", "agent", "score"] + ScorecardMetric.allCases.map { "\(ScorecardWording.prefix($0))_pts" }
            + (month.award == nil ? [] : ["granted_rank"])
    }

    var standingsTable: OutputTable {
        let granted = Dictionary(uniqueKeysWithValues: (month.award?.standings ?? []).map { ($0.agentID, $0) })
        let rows: [[Cell]] = month.standings.entries.map { entry in
            let place = granted[entry.agentID]
            return [entry.rank.map(Cell.integer) ?? .text("-"), .text(entry.agentID.rawValue), .decimal(entry.score),
                    .boolean(entry.isEligible), .list(entry.ineligibility.map(\.description)),
                    place.map { .integer($0.rank) } ?? .null, place.map { .decimal($0.score) } ?? .null]
                + entry.components.flatMap(Self.cells)
        }
        let metricColumns = ScorecardMetric.allCases.flatMap { metric in
            Self.componentParts.map { "\(ScorecardWording.prefix(metric))_\($0)" }
        }
        return OutputTable(
            columns: ["rank", "agent", "score", "eligible", "reasons", "granted_rank", "granted_score"] + metricColumns,
            rows: rows)
    }

    static let componentColumns = ["metric", "raw", "n", "norm", "site_mean", "cred", "shrunk", "weight", "pts"]

    /// One agent's scorecard, a row per metric, with the site mean each figure is shrunk toward.
    func components(of entry: StandingEntry) -> OutputTable {
        OutputTable(columns: Self.componentColumns, rows: entry.components.map { component in
            let cells = Self.cells(component)
            return [.text(ScorecardWording.prefix(component.metric))] + cells.prefix(3)
                + [Self.rounded(component.siteMean)] + cells.dropFirst(3)
        })
    }

    /// raw, n, norm, cred, shrunk, weight, pts.
    private static func cells(_ component: MetricComponent) -> [Cell] {
        [rounded(component.raw), rounded(component.sampleSize), rounded(component.normalised),
         rounded(component.credibility), rounded(component.shrunk), rounded(component.weight),
         rounded(component.points, scale: 100)]
    }

    /// To thousandths (`scale` 1000) or hundredths (100).
    private static func rounded(_ value: Double?, scale: Double = 1000) -> Cell {
        guard let value else { return .null }
        return .decimal((value * scale).rounded() / scale)
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
                "\(ScorecardWording.prefix(metric)) \(standings.siteMeans[metric].map(ScorecardWording.number) ?? "none")"
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
