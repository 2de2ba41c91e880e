/// How much evidence a metric needs before an agent's own figure outweighs the site mean, so
/// that one lucky survey does not win the month (empirical Bayes / Bühlmann credibility).
///
/// An agent's normalised figure on `n` observations counts with credibility `n / (n + k)`; the
/// site mean makes up the rest. `k` is the ratio of the spread between single observations to
/// the spread between agents' true levels (squared), estimated from typical contact-centre data:
/// - QA, k = 4 evaluations: one evaluation varies by about 8 points, agents by about 4.
/// - CSAT, k = 10 surveys: one survey varies by about 1 star, agents by about 0.3.
///   One 5-star survey counts 1/11, the site mean 10/11; 40 surveys count 40/50.
/// - First contact resolution, k = 50 contacts: a contact is resolved or not (p around 0.75),
///   agents differ by about 6 points.
/// - Adherence, k = 40 scheduled hours: about one week of shifts.
/// - Handle time, k = 40 contacts: one contact's length varies about six times more than agents' averages.
/// - Commendations, k = 0: a client's praise is a rare, deliberate act, counted as it is.
public struct CredibilityConstants: Hashable, Sendable, Codable {
    public let qaEvaluations: Double
    public let surveys: Double
    public let resolutionContacts: Double
    public let scheduledHours: Double
    public let handleTimeContacts: Double
    public let commendations: Double

    public init(qaEvaluations: Double = 4, surveys: Double = 10, resolutionContacts: Double = 50,
                scheduledHours: Double = 40, handleTimeContacts: Double = 40, commendations: Double = 0
    ) throws(ScorecardConfigurationError) {
        self.qaEvaluations = qaEvaluations
        self.surveys = surveys
        self.resolutionContacts = resolutionContacts
        self.scheduledHours = scheduledHours
        self.handleTimeContacts = handleTimeContacts
        self.commendations = commendations
        for metric in ScorecardMetric.allCases where !(k(for: metric) >= 0 && k(for: metric).isFinite) {
            throw .negativeCredibilityConstant(metric, k(for: metric))
        }
    }

    /// The defaults above.
    public static let standard: CredibilityConstants = {
        guard let constants = try? CredibilityConstants() else { preconditionFailure("the defaults are valid") }
        return constants
    }()

    /// The constant `k` of `metric`, in the metric's sample unit.
    public func k(for metric: ScorecardMetric) -> Double {
        switch metric {
        case .qualityAssurance: qaEvaluations
        case .customerSatisfaction: surveys
        case .firstContactResolution: resolutionContacts
        case .adherence: scheduledHours
        case .handleTime: handleTimeContacts
        case .commendations: commendations
        }
    }

    /// The weight of an agent's own figure resting on `sampleSize` observations of `metric`.
    public func credibility(of metric: ScorecardMetric, sampleSize: Double) -> Double {
        guard sampleSize > 0 else { return 0 }
        let k = k(for: metric)
        return k == 0 ? 1 : sampleSize / (sampleSize + k)
    }
}
