/// The business rules of an agent's certification on a program: enrolment on a defined
/// program; classroom modules of that program; the assessment after all modules, passed at
/// the pass mark within the retake limit (the last failed attempt fails the training);
/// nesting after a passed assessment; certification only once the assessment is passed and
/// nesting is complete (period over, enough QA evaluations, average high enough); expiry
/// recorded only once due; revocation only of a certification in force. Recording a fact
/// again changes nothing; a different fact under the same key is refused.
public enum Certification: Decider {
    public static func streamID(for command: CertificationCommand) -> StreamID {
        .certification(command.agentID, command.programID)
    }

    public static func evolve(_ state: CertificationState?, _ event: CertificationEvent) -> CertificationState {
        if case let .enrolled(enrolled) = event, state == nil { return CertificationState(enrolled) }
        guard var record = state else {
            preconditionFailure("certification stream does not start with AgentEnrolled")
        }
        switch event {
        case let .enrolled(enrolled): record.training = TrainingCycle(enrolled)
        case let .moduleCompleted(completed):
            record.training.completedModules[completed.moduleID] = completed.completedOn
        case let .assessmentTaken(taken): record.training.attempts.append(taken)
        case let .nestingStarted(started): record.training.nesting = started
        case let .nestingQARecorded(evaluation):
            record.training.nestingEvaluations[evaluation.evaluationID] = evaluation
        case let .certified(certified):
            record.training.outcome = .certified(on: certified.certifiedOn)
            record.certifications.append(HeldCertification(certified))
        case let .failed(failed): record.training.outcome = .failed(on: failed.failedOn)
        case let .expired(expired):
            record.updateCertification(grantedOn: expired.certifiedOn) { $0.expiry = expired }
        case let .revoked(revoked):
            record.updateCertification(grantedOn: revoked.certifiedOn) { $0.revocation = revoked }
        }
        return record
    }

    public static func decide(
        _ command: CertificationCommand, state: CertificationState?, context: CertificationContext
    ) throws(CertificationRejection) -> [CertificationEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        var checks = FieldChecks()
        checks.requireIdentifier(command.agentID, "agentID")
        checks.requireIdentifier(command.programID, "programID")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        guard let program = context.program, program.id == command.programID else {
            throw .programNotDefined(command.programID)
        }
        let agent = command.agentID
        switch command {
        case let .enrol(_, _, day):
            return try enrolling(agent, on: day, state, program, context.agent)
        case let .completeModule(_, _, module, day):
            return try completing(module, on: day, try enrolment(state, agent, program), program)
        case let .recordAssessment(_, _, attempt, score, day):
            return try assessing(attempt, score, on: day, try enrolment(state, agent, program), program)
        case let .startNesting(_, _, day):
            return try startingNesting(on: day, try enrolment(state, agent, program), program)
        case let .recordNestingQA(_, _, evaluationID, evaluator, score, day):
            let evaluation = NestingQARecorded(
                agentID: agent, programID: program.id, cycle: state?.training.number ?? 0, evaluationID: evaluationID,
                evaluator: evaluator, score: score, evaluatedOn: day)
            return try recordingNestingQA(evaluation, try enrolment(state, agent, program))
        case let .certify(_, _, day):
            return try certifying(on: day, try enrolment(state, agent, program), program, context)
        case let .recordExpiry(_, _, day):
            return try recordingExpiry(on: day, state?.latestCertification, agent, program)
        case let .revoke(_, _, at, reason):
            return try revoking(at: at, reason: reason, state?.latestCertification, agent, program)
        }
    }

    /// The agent's latest training cycle, finished or not; refused when never enrolled.
    private static func enrolment(
        _ state: CertificationState?, _ agent: AgentID, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> TrainingCycle {
        guard let state else { throw .notEnrolled(agent, program.id) }
        return state.training
    }

    /// Refuses a step of a cycle that has already ended.
    static func requireUnderWay(
        _ cycle: TrainingCycle, _ agent: AgentID, _ program: ProgramID
    ) throws(CertificationRejection) {
        guard cycle.isUnderWay else { throw .noTrainingInProgress(agent, program) }
    }
}
