/// The targets each metric is normalised against (1.0 = on target), and the cap that stops
/// one outstanding metric from carrying the whole score. Handle time targets differ by queue,
/// so they come with each agent's facts.
///
/// Defaults, from common contact-centre practice: QA 90 of 100; CSAT 4.5 of 5; first contact
/// resolution 75% (the industry runs at 70-79%); schedule adherence 92% (typical targets are
/// 90-95%); one client commendation a month; normalised values capped at 1.2 of target.
public struct ScorecardTargets: Hashable, Sendable, Codable {
    public let qaScore: Double
    public let csatScore: Double
    public let firstContactResolutionRate: Double
    public let adherenceRate: Double
    public let commendationsPerMonth: Double
    /// The highest normalised value a metric can reach, e.g. 1.2 = 120% of target.
    public let cap: Double

    public init(qaScore: Double = 90, csatScore: Double = 4.5, firstContactResolutionRate: Double = 0.75,
                adherenceRate: Double = 0.92, commendationsPerMonth: Double = 1, cap: Double = 1.2
    ) throws(ScorecardConfigurationError) {
        let targets = [("qaScore", qaScore), ("csatScore", csatScore),
                       ("firstContactResolutionRate", firstContactResolutionRate),
                       ("adherenceRate", adherenceRate), ("commendationsPerMonth", commendationsPerMonth)]
        for (name, value) in targets where !(value > 0 && value.isFinite) {
            throw .targetNotPositive(name, value)
        }
        guard cap >= 1, cap.isFinite else { throw .capBelowTarget(cap) }
        self.qaScore = qaScore
        self.csatScore = csatScore
        self.firstContactResolutionRate = firstContactResolutionRate
        self.adherenceRate = adherenceRate
        self.commendationsPerMonth = commendationsPerMonth
        self.cap = cap
    }

    /// The defaults above.
    public static let standard: ScorecardTargets = {
        guard let targets = try? ScorecardTargets() else { preconditionFailure("the default targets are valid") }
        return targets
    }()
}
