/// Who may win a month: agents live and certified for the whole month, with no disciplinary
/// flag, and with enough contacts, QA evaluations and surveys for their scorecard to mean
/// something. The minimums are configurable; defaults: 200 contacts, 4 QA evaluations and
/// 10 surveys in the month.
public struct EligibilityRules: Hashable, Sendable, Codable {
    public let minimumContacts: Int
    public let minimumQAEvaluations: Int
    public let minimumSurveys: Int

    public init(minimumContacts: Int = 200, minimumQAEvaluations: Int = 4, minimumSurveys: Int = 10
    ) throws(ScorecardConfigurationError) {
        for (name, value) in [("minimumContacts", minimumContacts), ("minimumQAEvaluations", minimumQAEvaluations),
                              ("minimumSurveys", minimumSurveys)] where value < 0 {
            throw .negativeMinimum(name, value)
        }
        self.minimumContacts = minimumContacts
        self.minimumQAEvaluations = minimumQAEvaluations
        self.minimumSurveys = minimumSurveys
    }

    /// The defaults above.
    public static let standard: EligibilityRules = {
        guard let rules = try? EligibilityRules() else { preconditionFailure("the default minimums are valid") }
        return rules
    }()
}
