import Foundation

/// What trainers, QA analysts and team leads ask to happen to an agent's certification on a
/// program. Dates are local days on the agent's site's clock; a revocation takes effect at
/// an instant.
public enum CertificationCommand: Sendable, Equatable {
    /// Start a training cycle; the context must carry the program and the agent.
    case enrol(agent: AgentID, program: ProgramID, on: LocalDate)
    case completeModule(agent: AgentID, program: ProgramID, module: ModuleID, on: LocalDate)
    /// Record assessment attempt number `attempt` (1 for the first try).
    case recordAssessment(agent: AgentID, program: ProgramID, attempt: Int, scorePercent: Double, on: LocalDate)
    case startNesting(agent: AgentID, program: ProgramID, on: LocalDate)
    /// Record a QA evaluation of a nesting contact; `evaluationID` is the QA tool's id.
    case recordNestingQA(agent: AgentID, program: ProgramID, evaluationID: String, evaluator: String,
                         score: Double, on: LocalDate)
    /// Certify; the context must also carry the agent's site, whose clock the validity is read on.
    case certify(agent: AgentID, program: ProgramID, on: LocalDate)
    /// Record that the latest certification has run out (a nightly job sends this).
    case recordExpiry(agent: AgentID, program: ProgramID, on: LocalDate)
    case revoke(agent: AgentID, program: ProgramID, at: Date, reason: String)

    public var agentID: AgentID {
        switch self {
        case let .enrol(agent, _, _), let .completeModule(agent, _, _, _), let .recordAssessment(agent, _, _, _, _),
             let .startNesting(agent, _, _), let .recordNestingQA(agent, _, _, _, _, _), let .certify(agent, _, _),
             let .recordExpiry(agent, _, _), let .revoke(agent, _, _, _): agent
        }
    }

    public var programID: ProgramID {
        switch self {
        case let .enrol(_, program, _), let .completeModule(_, program, _, _),
             let .recordAssessment(_, program, _, _, _), let .startNesting(_, program, _),
             let .recordNestingQA(_, program, _, _, _, _), let .certify(_, program, _),
             let .recordExpiry(_, program, _), let .revoke(_, program, _, _): program
        }
    }
}

/// What a certification decision needs from other streams: the program (nil when never
/// defined), the agent (for enrolment), and the agent's current site (for certifying, whose
/// clock turns local validity days into instants).
public struct CertificationContext: Sendable {
    public var program: TrainingProgramState?
    public var agent: AgentState?
    public var site: SiteState?

    public init(program: TrainingProgramState? = nil, agent: AgentState? = nil, site: SiteState? = nil) {
        self.program = program
        self.agent = agent
        self.site = site
    }
}
