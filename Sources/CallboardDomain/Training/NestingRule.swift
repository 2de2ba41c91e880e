/// What nesting (live contacts under close QA, after the assessment) must show before an agent
/// is certified: it lasts at least `days`, with at least `minimumEvaluations` QA evaluations
/// averaging at least `minimumAverageScore`.
public struct NestingRule: Hashable, Sendable, Codable {
    /// The shortest nesting period, in days from the day nesting starts.
    public let days: Int
    /// The fewest QA evaluations of nesting contacts.
    public let minimumEvaluations: Int
    /// The lowest average QA score (0-100) of those evaluations.
    public let minimumAverageScore: Double

    public init(days: Int, minimumEvaluations: Int, minimumAverageScore: Double) {
        self.days = days
        self.minimumEvaluations = minimumEvaluations
        self.minimumAverageScore = minimumAverageScore
    }

    /// The first day an agent who started nesting on `start` may be certified.
    public func completes(startedOn start: LocalDate) -> LocalDate { start.adding(days: days) }
}

extension FieldChecks {
    mutating func requireNestingRule(_ rule: NestingRule, _ field: String) {
        require(rule.days, within: InputLimits.nestingDays, "\(field).days")
        require(rule.minimumEvaluations, within: InputLimits.nestingEvaluations, "\(field).minimumEvaluations")
        require((0...100).contains(rule.minimumAverageScore), "\(field).minimumAverageScore",
                Wording.number(rule.minimumAverageScore), "must be between 0 and 100")
    }
}
