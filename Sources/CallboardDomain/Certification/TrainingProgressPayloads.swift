/// An agent started a training cycle on a program (a first training or a recertification),
/// under the program's revision of the day.
public struct AgentEnrolled: EventPayload {
    public static let eventType = "AgentEnrolled"
    public let agentID: AgentID
    public let programID: ProgramID
    /// 1 for the agent's first training on the program, then 2, 3... for each re-enrolment.
    public let cycle: Int
    public let programRevision: Int
    public let enrolledOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle) }
}

/// An agent completed one of the program's classroom modules.
public struct TrainingModuleCompleted: EventPayload {
    public static let eventType = "TrainingModuleCompleted"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    public let moduleID: ModuleID
    public let completedOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle, moduleID) }
}

/// An agent sat the program's assessment; `passed` compares the score with the pass mark
/// in force at the time.
public struct AssessmentTaken: EventPayload {
    public static let eventType = "AssessmentTaken"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    /// 1 for the first attempt, 2 for the first retake...
    public let attempt: Int
    public let scorePercent: Double
    public let passMarkPercent: Double
    public let passed: Bool
    public let takenOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle, attempt) }
}

/// After passing the assessment, an agent began nesting: live contacts under close QA.
public struct NestingStarted: EventPayload {
    public static let eventType = "NestingStarted"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    public let startedOn: LocalDate
    /// The first day the nesting period is over and the agent may be certified.
    public let completesOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle) }
}

/// A QA analyst scored one of a nesting agent's contacts (0-100).
public struct NestingQARecorded: EventPayload {
    public static let eventType = "NestingQARecorded"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    public let evaluationID: String
    public let evaluator: String
    public let score: Double
    public let evaluatedOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, evaluationID) }
}
