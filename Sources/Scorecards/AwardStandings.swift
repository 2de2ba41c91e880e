import CallboardDomain

/// A site's agent-of-the-month standings for one local month: every agent's scorecard with
/// all components, eligible agents ranked (ties broken by `TieBreakRule`), ineligible agents
/// listed with their reasons, and a fingerprint of the exact inputs, so the award is
/// explainable and a later recomputation can be compared with the granted one.
public struct AwardStandings: Hashable, Sendable {
    public let siteID: SiteID
    public let month: LocalMonth
    public let configuration: ScorecardConfiguration
    /// Each metric's site mean (normalised), pooled over every agent in the facts.
    public let siteMeans: [ScorecardMetric: Double]
    /// Eligible agents in rank order, then ineligible agents by agent id.
    public let entries: [StandingEntry]
    /// Where equal scores were separated, and by which rule.
    public let tieBreaks: [TieBreak]
    /// Identifies the facts and configuration these standings were computed from.
    public let inputsFingerprint: String

    /// Computes the standings from one fact row per agent of the site's local month.
    public init(site: SiteID, month: LocalMonth, facts: [AgentMonthFacts],
                configuration: ScorecardConfiguration = .standard) throws(ScorecardInputError) {
        var seen: Set<AgentID> = []
        for row in facts {
            guard seen.insert(row.agentID).inserted else { throw .agentListedTwice(row.agentID) }
            guard row.problems.isEmpty else { throw .inconsistentFacts(row.agentID, row.problems) }
        }
        var means: [ScorecardMetric: Double] = [:]
        for metric in ScorecardMetric.allCases { means[metric] = metric.siteMean(facts, configuration.targets) }
        let scored = facts.map { StandingEntry($0, siteMeans: means, configuration) }
        var eligible = scored.filter(\.isEligible).sorted { TieBreakRule.order($0, $1).ahead }
        for index in eligible.indices { eligible[index].rank = index + 1 }
        siteID = site
        self.month = month
        self.configuration = configuration
        siteMeans = means
        entries = eligible + scored.filter { !$0.isEligible }.sorted { $0.agentID < $1.agentID }
        tieBreaks = zip(eligible, eligible.dropFirst()).compactMap { ahead, behind in
            TieBreakRule.order(ahead, behind).decidedBy.map {
                TieBreak(ahead: ahead.agentID, behind: behind.agentID, score: ahead.score, decidedBy: $0)
            }
        }
        inputsFingerprint = InputsFingerprint.of(site: site, month: month, facts: facts, configuration: configuration)
    }

    /// The agent the award goes to; nil when nobody is eligible.
    public var winner: StandingEntry? { entries.first { $0.rank == 1 } }

    /// The eligible agents, in rank order.
    public var eligible: [StandingEntry] { entries.filter(\.isEligible) }

    /// The agents who cannot win this month, with their reasons.
    public var ineligible: [StandingEntry] { entries.filter { !$0.isEligible } }

    /// The line of `agent`, if they are in the facts.
    public func entry(for agent: AgentID) -> StandingEntry? { entries.first { $0.agentID == agent } }
}
