import CallboardDomain

/// One agent's line in a month's standings: the score, every component behind it, the facts
/// the tie-break reads, and, for an agent who cannot win, every reason why.
public struct StandingEntry: Hashable, Sendable {
    public let agentID: AgentID
    /// The place among eligible agents (1 = the award); nil for an ineligible agent.
    public internal(set) var rank: Int?
    /// The score in points, rounded to hundredths: 100 means every metric on target, the cap
    /// allows up to 120. Rounded so that what the report shows is what was compared.
    public let score: Double
    public let components: [MetricComponent]
    public let ineligibility: [IneligibilityReason]
    /// The agent's average QA score, read by the tie-break.
    public let qaAverage: Double?
    public let contactsHandled: Int

    init(_ facts: AgentMonthFacts, siteMeans: [ScorecardMetric: Double], _ configuration: ScorecardConfiguration) {
        agentID = facts.agentID
        components = ScorecardMetric.allCases.map {
            MetricComponent($0, facts, siteMean: siteMeans[$0], configuration)
        }
        score = (components.reduce(0) { $0 + $1.points } * 100).rounded() / 100
        ineligibility = configuration.eligibility.reasons(facts)
        qaAverage = ScorecardMetric.qualityAssurance.reading(facts).raw
        contactsHandled = facts.contactsHandled
    }

    public var isEligible: Bool { ineligibility.isEmpty }

    /// The component of `metric`.
    public func component(_ metric: ScorecardMetric) -> MetricComponent? {
        components.first { $0.metric == metric }
    }
}
