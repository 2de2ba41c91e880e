/// How a program's assessment is passed: a score of at least `passMarkPercent`, in at most
/// one first attempt plus `retakeLimit` retakes. Trainers keep retakes scarce so that passing
/// means the agent knows the material, not that they tried often enough.
public struct AssessmentRule: Hashable, Sendable, Codable {
    /// The lowest passing score, in percent (e.g. 80).
    public let passMarkPercent: Double
    /// How many times an agent may retake the assessment after failing the first attempt.
    public let retakeLimit: Int

    public init(passMarkPercent: Double, retakeLimit: Int) {
        self.passMarkPercent = passMarkPercent
        self.retakeLimit = retakeLimit
    }

    /// All attempts allowed: the first one plus the retakes.
    public var maximumAttempts: Int { 1 + retakeLimit }

    /// Whether `scorePercent` passes.
    public func passes(_ scorePercent: Double) -> Bool { scorePercent >= passMarkPercent }
}

extension FieldChecks {
    mutating func requireAssessmentRule(_ rule: AssessmentRule, _ field: String) {
        require(rule.passMarkPercent > 0 && rule.passMarkPercent <= 100, "\(field).passMarkPercent",
                Wording.number(rule.passMarkPercent), "must be above 0 and at most 100")
        require(rule.retakeLimit, within: InputLimits.retakeLimit, "\(field).retakeLimit")
    }
}
