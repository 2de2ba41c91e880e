/// Everything a site's scorecard is computed with, in one value, so a standings result can
/// state (and fingerprint) exactly which weights, targets, credibility constants and
/// eligibility minimums produced it, and a granted award can keep it.
public struct ScorecardConfiguration: Hashable, Sendable, Codable {
    public var weights: ScorecardWeights
    public var targets: ScorecardTargets
    /// Handle time targets per channel, from which each agent's own target is derived.
    public var handleTime: HandleTimeTargets
    public var credibility: CredibilityConstants
    public var eligibility: EligibilityRules

    public init(weights: ScorecardWeights = .standard, targets: ScorecardTargets = .standard,
                handleTime: HandleTimeTargets = .standard, credibility: CredibilityConstants = .standard,
                eligibility: EligibilityRules = .standard) {
        self.weights = weights
        self.targets = targets
        self.handleTime = handleTime
        self.credibility = credibility
        self.eligibility = eligibility
    }

    /// Common practice (see each part for its defaults).
    public static let standard = ScorecardConfiguration()

    /// Checks every part again with the rules of its initialiser: a configuration decoded
    /// from JSON (a command, an event) bypasses them, so decisions validate it here.
    public func validate() throws(ScorecardConfigurationError) {
        let w = weights, t = targets, h = handleTime, c = credibility, e = eligibility
        _ = try ScorecardWeights(
            qualityAssurance: w.qualityAssurance, customerSatisfaction: w.customerSatisfaction,
            firstContactResolution: w.firstContactResolution, adherence: w.adherence, handleTime: w.handleTime,
            commendations: w.commendations)
        _ = try ScorecardTargets(
            qaScore: t.qaScore, csatScore: t.csatScore, firstContactResolutionRate: t.firstContactResolutionRate,
            adherenceRate: t.adherenceRate, commendationsPerMonth: t.commendationsPerMonth, cap: t.cap)
        _ = try HandleTimeTargets(voice: h.voice, chat: h.chat, email: h.email, social: h.social)
        _ = try CredibilityConstants(
            qaEvaluations: c.qaEvaluations, surveys: c.surveys, resolutionContacts: c.resolutionContacts,
            scheduledHours: c.scheduledHours, handleTimeContacts: c.handleTimeContacts, commendations: c.commendations)
        _ = try EligibilityRules(
            minimumContacts: e.minimumContacts, minimumQAEvaluations: e.minimumQAEvaluations,
            minimumSurveys: e.minimumSurveys)
    }
}
