/// One enrolment of an agent on a program, from enrolment to certification or failure:
/// what certification decisions check (modules done, attempts used, nesting progress).
public struct TrainingCycle: Sendable, Equatable {
    /// How a cycle ended.
    public enum Outcome: Sendable, Equatable {
        case certified(on: LocalDate)
        case failed(on: LocalDate)
    }

    public let agentID: AgentID
    public let number: Int
    public let programRevision: Int
    public let enrolledOn: LocalDate
    public internal(set) var completedModules: [ModuleID: LocalDate] = [:]
    /// Assessment attempts, in order.
    public internal(set) var attempts: [AssessmentTaken] = []
    public internal(set) var nesting: NestingStarted?
    /// Nesting QA evaluations by the QA tool's evaluation id.
    public internal(set) var nestingEvaluations: [String: NestingQARecorded] = [:]
    public internal(set) var outcome: Outcome?

    init(_ enrolled: AgentEnrolled) {
        agentID = enrolled.agentID
        number = enrolled.cycle
        programRevision = enrolled.programRevision
        enrolledOn = enrolled.enrolledOn
    }

    /// Whether the cycle is still under way (neither certified nor failed).
    public var isUnderWay: Bool { outcome == nil }

    /// The passing attempt, if any.
    public var passedAssessment: AssessmentTaken? { attempts.first { $0.passed } }

    /// The average nesting QA score, nil before the first evaluation.
    public var nestingAverageScore: Double? {
        guard !nestingEvaluations.isEmpty else { return nil }
        return nestingEvaluations.values.reduce(0) { $0 + $1.score } / Double(nestingEvaluations.count)
    }

    /// What still stands between the agent and certification under `requirements` on `day`.
    public func shortfalls(on day: LocalDate, _ requirements: CertificationRequirements) -> [CertificationShortfall] {
        guard passedAssessment != nil else { return [.assessmentNotPassed(attempts: attempts.count)] }
        guard let nesting else { return [.nestingNotStarted] }
        var missing: [CertificationShortfall] = []
        if day < nesting.completesOn { missing.append(.nestingPeriodRunsUntil(nesting.completesOn)) }
        let rule = requirements.nesting
        if nestingEvaluations.count < rule.minimumEvaluations {
            missing.append(.tooFewNestingEvaluations(recorded: nestingEvaluations.count,
                                                     required: rule.minimumEvaluations))
        }
        if let average = nestingAverageScore, average < rule.minimumAverageScore {
            missing.append(.nestingAverageBelowMinimum(average: average, minimum: rule.minimumAverageScore))
        }
        return missing
    }
}
