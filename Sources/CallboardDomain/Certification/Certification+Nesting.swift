/// The live part of a training cycle: nesting under close QA, then certification.
extension Certification {
    static func startingNesting(
        on day: LocalDate, _ cycle: TrainingCycle, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> [CertificationEvent] {
        let agent = cycle.agentID
        if let nesting = cycle.nesting {
            guard nesting.startedOn == day else { throw .nestingAlreadyStarted(agent, on: nesting.startedOn) }
            return []
        }
        try requireUnderWay(cycle, agent, program.id)
        guard let passed = cycle.passedAssessment else { throw .assessmentNotPassed(agent, program.id) }
        var checks = FieldChecks()
        checks.require(day >= passed.takenOn, "startedOn", "\(day)",
                       "must not be before the assessment was passed on \(passed.takenOn)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.nestingStarted(.init(
            agentID: agent, programID: program.id, cycle: cycle.number, startedOn: day,
            completesOn: program.requirements(of: cycle.programRevision).nesting.completes(startedOn: day)))]
    }

    static func recordingNestingQA(
        _ evaluation: NestingQARecorded, _ cycle: TrainingCycle
    ) throws(CertificationRejection) -> [CertificationEvent] {
        var checks = FieldChecks()
        checks.requireText(evaluation.evaluationID, "evaluationID")
        checks.requireText(evaluation.evaluator, "evaluator")
        checks.require((0...100).contains(evaluation.score), "score", Wording.number(evaluation.score),
                       "must be between 0 and 100")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if let recorded = cycle.nestingEvaluations[evaluation.evaluationID] {
            guard recorded == evaluation else { throw .evaluationAlreadyRecorded(evaluation.evaluationID) }
            return []
        }
        try requireUnderWay(cycle, cycle.agentID, evaluation.programID)
        guard let nesting = cycle.nesting else { throw .nestingNotStarted(cycle.agentID, evaluation.programID) }
        checks.require(evaluation.evaluatedOn >= nesting.startedOn, "evaluatedOn", "\(evaluation.evaluatedOn)",
                       "must not be before nesting started on \(nesting.startedOn)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.nestingQARecorded(evaluation)]
    }

    static func certifying(
        on day: LocalDate, _ cycle: TrainingCycle, _ program: TrainingProgramState, _ context: CertificationContext
    ) throws(CertificationRejection) -> [CertificationEvent] {
        let agentID = cycle.agentID
        if case let .certified(certifiedOn) = cycle.outcome {
            guard certifiedOn == day else { throw .alreadyCertified(agentID, program.id, on: certifiedOn) }
            return []
        }
        try requireUnderWay(cycle, agentID, program.id)
        let shortfalls = cycle.shortfalls(on: day, program.requirements(of: cycle.programRevision))
        guard shortfalls.isEmpty, let passed = cycle.passedAssessment else {
            throw .notReadyForCertification(agentID, program.id, shortfalls)
        }
        guard let agent = context.agent, agent.id == agentID else { throw .agentNotHired(agentID) }
        guard !agent.hasLeft else { throw .agentHasLeft(agentID) }
        guard let site = context.site, site.id == agent.siteID, let zone = site.timeZone else {
            throw .siteNotOpened(agent.siteID)
        }
        let validityMonths = program.requirements(of: cycle.programRevision).validityMonths
        guard var expiresOn = day.adding(months: validityMonths), BusinessCalendar.contains(expiresOn) else {
            throw .invalidFields([FieldProblem(
                field: "certifiedOn", value: "\(day)",
                rule: "must leave room for the \(validityMonths)-month validity before \(BusinessCalendar.lastDay)")])
        }
        var recertifyRevision: Int?
        if let revision = program.recertificationDeadline(after: cycle.programRevision),
           let deadline = revision.recertifyBy {
            guard deadline >= day else {
                throw .revisionRequiresRecertification(program.id, revision: revision.number, by: deadline)
            }
            if deadline.adding(days: 1) < expiresOn {
                expiresOn = deadline.adding(days: 1)
                recertifyRevision = revision.number
            }
        }
        return [.certified(.init(
            agentID: agentID, programID: program.id, cycle: cycle.number, programRevision: cycle.programRevision,
            certifiedOn: day, expiresOn: expiresOn, recertifyRevision: recertifyRevision, timeZone: site.timeZoneID,
            validFrom: day.start(in: zone), validUntil: expiresOn.start(in: zone),
            assessmentScorePercent: passed.scorePercent, nestingEvaluations: cycle.nestingEvaluations.count,
            nestingAverageScore: cycle.nestingAverageScore ?? 0))]
    }
}
