/// Why a certification command was refused, in a sentence a site director understands.
public enum CertificationRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case programNotDefined(ProgramID)
    case agentNotHired(AgentID)
    case agentHasLeft(AgentID)
    case siteNotOpened(SiteID)
    case notEnrolled(AgentID, ProgramID)
    case alreadyEnrolled(AgentID, ProgramID, since: LocalDate)
    /// The latest training cycle has ended (certified or failed); enrol again to train.
    case noTrainingInProgress(AgentID, ProgramID)
    case unknownModule(ModuleID, program: ProgramID, known: [ModuleID])
    case moduleAlreadyCompleted(ModuleID, on: LocalDate)
    case modulesOutstanding(AgentID, [ModuleID])
    case attemptOutOfSequence(attempt: Int, expected: Int)
    case attemptAlreadyRecorded(attempt: Int)
    case assessmentAlreadyPassed(AgentID, on: LocalDate, scorePercent: Double)
    case retakesExhausted(AgentID, ProgramID, attempts: Int, retakeLimit: Int)
    case assessmentNotPassed(AgentID, ProgramID)
    case nestingAlreadyStarted(AgentID, on: LocalDate)
    case nestingNotStarted(AgentID, ProgramID)
    case evaluationAlreadyRecorded(String)
    case notReadyForCertification(AgentID, ProgramID, [CertificationShortfall])
    case alreadyCertified(AgentID, ProgramID, on: LocalDate)
    /// The agent trained under a revision whose holders had to recertify by `by`, already past.
    case revisionRequiresRecertification(ProgramID, revision: Int, by: LocalDate)
    case noCertificationInForce(AgentID, ProgramID)
    case notYetExpired(AgentID, ProgramID, expiresOn: LocalDate)
    case alreadyRevoked(AgentID, ProgramID, on: LocalDate, reason: String)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .programNotDefined(program):
            "Training program \(program) has not been defined (field programID)."
        case let .agentNotHired(agent):
            "Agent \(agent) has not been hired (field agentID)."
        case let .agentHasLeft(agent):
            "Agent \(agent) has left the company and cannot be trained (field agentID)."
        case let .siteNotOpened(site):
            "Site \(site), where the agent works, has not been opened, so its clock is unknown."
        case let .notEnrolled(agent, program):
            "Agent \(agent) is not enrolled on training program \(program); enrol them first."
        case let .alreadyEnrolled(agent, program, since):
            "Agent \(agent) is already in training on program \(program) since \(since)."
        case let .noTrainingInProgress(agent, program):
            "Agent \(agent)'s last training on program \(program) has ended; enrol them again to train."
        case let .unknownModule(module, program, known):
            "Training program \(program) has no module \(module); its modules are \(Wording.list(known)) "
                + "(field module)."
        case let .moduleAlreadyCompleted(module, day):
            "Module \(module) was already completed on \(day) (field module)."
        case let .modulesOutstanding(agent, modules):
            "Agent \(agent) must complete module\(modules.count == 1 ? "" : "s") \(Wording.list(modules)) "
                + "before the assessment."
        case let .attemptOutOfSequence(attempt, expected):
            "The next assessment attempt is number \(expected), not \(attempt) (field attempt)."
        case let .attemptAlreadyRecorded(attempt):
            "Assessment attempt \(attempt) is already recorded with a different score or date (field attempt)."
        case let .assessmentAlreadyPassed(agent, day, score):
            "Agent \(agent) already passed the assessment on \(day) with \(Wording.number(score))%."
        case let .retakesExhausted(agent, program, attempts, limit):
            "Agent \(agent) has used all \(attempts) assessment attempts on program \(program) (the first "
                + "attempt and \(limit) retake\(limit == 1 ? "" : "s")); enrol them again to start over."
        case let .assessmentNotPassed(agent, program):
            "Agent \(agent) has not passed the assessment of program \(program), so nesting cannot start."
        case let .nestingAlreadyStarted(agent, day):
            "Agent \(agent) already started nesting on \(day)."
        case let .nestingNotStarted(agent, program):
            "Agent \(agent) has not started nesting on program \(program)."
        case let .evaluationAlreadyRecorded(evaluation):
            "QA evaluation \(evaluation) is already recorded with different details; facts are not overwritten."
        case let .notReadyForCertification(agent, program, shortfalls):
            "Agent \(agent) cannot be certified on program \(program) yet: "
                + "\(shortfalls.map(\.description).joined(separator: "; "))."
        case let .alreadyCertified(agent, program, day):
            "Agent \(agent) was already certified on program \(program) on \(day) in this training."
        case let .revisionRequiresRecertification(program, revision, by):
            "Revision \(revision) of program \(program) required recertification by \(by); this training "
                + "followed an earlier revision, so enrol the agent again."
        case let .noCertificationInForce(agent, program):
            "Agent \(agent) holds no certification on program \(program) in force."
        case let .notYetExpired(agent, program, expiresOn):
            "Agent \(agent)'s certification on program \(program) does not expire until \(expiresOn)."
        case let .alreadyRevoked(agent, program, day, reason):
            "Agent \(agent)'s certification on program \(program) was already revoked on \(day) (\(reason))."
        }
    }
}
