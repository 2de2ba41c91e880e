import CallboardDomain
import Scorecards

/// How scorecard settings read in reports: one-line summaries of weights, targets and
/// eligibility minimums.
enum ScorecardWording {
    /// `QA score 30%, CSAT 25%, ...`.
    static func weights(_ weights: ScorecardWeights) -> String {
        ScorecardMetric.allCases.map { "\($0.name) \(percent(weights.weight(of: $0)))" }.joined(separator: ", ")
    }

    static func targets(_ configuration: ScorecardConfiguration) -> String {
        let t = configuration.targets, h = configuration.handleTime
        return "QA \(number(t.qaScore)), CSAT \(number(t.csatScore)), FCR \(percent(t.firstContactResolutionRate)), "
            + "adherence \(percent(t.adherenceRate)), commendations \(number(t.commendationsPerMonth))/month, "
            + "handle time voice \(number(h.voice)) s, chat \(number(h.chat)) s, email \(number(h.email)) s, "
            + "social \(number(h.social)) s; capped at \(percent(t.cap)) of target"
    }

    static func eligibility(_ rules: EligibilityRules) -> String {
        "live and certified the whole month, no disciplinary case open in it, at least \(rules.minimumContacts) "
            + "contacts, \(rules.minimumQAEvaluations) QA evaluations and \(rules.minimumSurveys) surveys"
    }

    static func credibility(_ constants: CredibilityConstants) -> String {
        ScorecardMetric.allCases.map { "\($0.abbreviation) k=\(number(constants.k(for: $0)))" }.joined(separator: ", ")
    }

    static func percent(_ share: Double) -> String { "\(number(share * 100))%" }

    /// A number with up to three decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
