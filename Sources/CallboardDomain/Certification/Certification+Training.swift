/// The classroom part of a training cycle: enrolment, modules and the assessment.
extension Certification {
    static func enrolling(
        _ agentID: AgentID, on day: LocalDate, _ state: CertificationState?, _ program: TrainingProgramState,
        _ agent: AgentState?
    ) throws(CertificationRejection) -> [CertificationEvent] {
        if let cycle = state?.training {
            // The latest enrolment, recorded again (an import run twice), changes nothing.
            if cycle.enrolledOn == day { return [] }
            guard !cycle.isUnderWay else { throw .alreadyEnrolled(agentID, program.id, since: cycle.enrolledOn) }
        }
        guard let agent, agent.id == agentID else { throw .agentNotHired(agentID) }
        guard !agent.hasLeft else { throw .agentHasLeft(agentID) }
        var checks = FieldChecks()
        checks.require(day >= agent.hiredOn, "enrolledOn", "\(day)",
                       "must not be before the agent was hired on \(agent.hiredOn)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.enrolled(.init(agentID: agentID, programID: program.id, cycle: (state?.training.number ?? 0) + 1,
                                programRevision: program.revision(on: day), enrolledOn: day))]
    }

    static func completing(
        _ module: ModuleID, on day: LocalDate, _ cycle: TrainingCycle, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> [CertificationEvent] {
        let modules = program.requirements(of: cycle.programRevision).moduleIDs
        guard modules.contains(module) else { throw .unknownModule(module, program: program.id, known: modules) }
        if let completedOn = cycle.completedModules[module] {
            guard completedOn == day else { throw .moduleAlreadyCompleted(module, on: completedOn) }
            return []
        }
        let agent = cycle.agentID
        try requireUnderWay(cycle, agent, program.id)
        var checks = FieldChecks()
        checks.require(day >= cycle.enrolledOn, "completedOn", "\(day)",
                       "must not be before the enrolment on \(cycle.enrolledOn)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.moduleCompleted(.init(agentID: agent, programID: program.id, cycle: cycle.number, moduleID: module,
                                       completedOn: day))]
    }

    static func assessing(
        _ attempt: Int, _ score: Double, on day: LocalDate, _ cycle: TrainingCycle, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> [CertificationEvent] {
        var checks = FieldChecks()
        checks.require(attempt, within: InputLimits.assessmentAttempt, "attempt")
        checks.require((0...100).contains(score), "scorePercent", Wording.number(score), "must be between 0 and 100")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if let recorded = cycle.attempts.first(where: { $0.attempt == attempt }) {
            guard recorded.scorePercent == score, recorded.takenOn == day else {
                throw .attemptAlreadyRecorded(attempt: attempt)
            }
            return []
        }
        let agent = cycle.agentID, rule = program.requirements(of: cycle.programRevision).assessment
        let exhausted = CertificationRejection.retakesExhausted(
            agent, program.id, attempts: cycle.attempts.count, retakeLimit: rule.retakeLimit)
        if case .failed = cycle.outcome { throw exhausted }
        try requireUnderWay(cycle, agent, program.id)
        if let passed = cycle.passedAssessment {
            throw .assessmentAlreadyPassed(agent, on: passed.takenOn, scorePercent: passed.scorePercent)
        }
        guard cycle.attempts.count < rule.maximumAttempts else { throw exhausted }
        guard attempt == cycle.attempts.count + 1 else {
            throw .attemptOutOfSequence(attempt: attempt, expected: cycle.attempts.count + 1)
        }
        let outstanding = program.requirements(of: cycle.programRevision).moduleIDs.filter { cycle.completedModules[$0] == nil }
        guard outstanding.isEmpty else { throw .modulesOutstanding(agent, outstanding) }
        let earliest = cycle.attempts.last?.takenOn ?? cycle.enrolledOn
        checks.require(day >= earliest, "takenOn", "\(day)", "must not be before \(earliest)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        let taken = AssessmentTaken(
            agentID: agent, programID: program.id, cycle: cycle.number, attempt: attempt, scorePercent: score,
            passMarkPercent: rule.passMarkPercent, passed: rule.passes(score), takenOn: day)
        guard !taken.passed, attempt >= rule.maximumAttempts else { return [.assessmentTaken(taken)] }
        let best = cycle.attempts.map(\.scorePercent).reduce(score, max)
        return [.assessmentTaken(taken), .failed(.init(
            agentID: agent, programID: program.id, cycle: cycle.number, attempts: attempt, bestScorePercent: best,
            passMarkPercent: rule.passMarkPercent, failedOn: day))]
    }
}
