/// Everything a site's scorecard is computed with, in one value, so a standings result can
/// state (and fingerprint) exactly which weights, targets, credibility constants and
/// eligibility minimums produced it.
public struct ScorecardConfiguration: Hashable, Sendable, Codable {
    public var weights: ScorecardWeights
    public var targets: ScorecardTargets
    public var credibility: CredibilityConstants
    public var eligibility: EligibilityRules

    public init(weights: ScorecardWeights = .standard, targets: ScorecardTargets = .standard,
                credibility: CredibilityConstants = .standard, eligibility: EligibilityRules = .standard) {
        self.weights = weights
        self.targets = targets
        self.credibility = credibility
        self.eligibility = eligibility
    }

    /// Common practice (see each part for its defaults).
    public static let standard = ScorecardConfiguration()
}
