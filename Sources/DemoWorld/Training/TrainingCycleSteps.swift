import CivilCalendar

/// The steps of one agent's latest training cycle on one program, in the order trainers
/// record them: enrolment, modules, assessment attempts, nesting and its QA, certification.
struct TrainingCycleSteps {
    let agent: RosterAgent
    let program: ProgramProfile
    let today: LocalDate
    private(set) var steps: [TrainingStep] = []

    /// Days from enrolment to certification: modules, assessment, then ten days of nesting.
    static let cycleDays = 5 + ProgramProfile.nestingDays + 1

    init(agent: RosterAgent, program: ProgramProfile, today: LocalDate) {
        self.agent = agent
        self.program = program
        self.today = today
    }

    /// Enrolled on the hiring day with the first module done, or (`failing`) every module
    /// done and every assessment attempt failed.
    mutating func inTraining(failing: Bool) {
        let enrolled = agent.hiredOn
        guard enrolled <= today else { return }
        add("enrol", enrolled)
        let modules = program.modules(enrolledOn: enrolled, today: today)
        let attempts = 1 + ProgramProfile.retakeLimit
        guard failing, enrolled.adding(days: modules.count + attempts) < today else {
            if enrolled.adding(days: 1) <= today { completeModules([modules[0]], from: enrolled) }
            return
        }
        completeModules(modules, from: enrolled)
        for attempt in 1...attempts {
            assess(attempt: attempt, score: 55 + 6 * attempt, on: enrolled.adding(days: modules.count + attempt))
        }
    }

    /// Passed the assessment and nesting since `since` (at the latest the day before today),
    /// with one QA evaluation once a day has passed.
    mutating func inNesting(since: LocalDate) {
        let enrolled = agent.hiredOn
        let start = max(enrolled, min(since, today))
        guard enrolled <= today else { return }
        add("enrol", enrolled)
        completeModules(program.modules(enrolledOn: enrolled, today: today), from: enrolled, within: start)
        assess(attempt: 1, score: 86, on: start)
        add("nesting", start)
        if start.adding(days: 1) <= today { evaluate(1, score: 84, on: start.adding(days: 1)) }
    }

    /// Certified `daysAgo` days before today (or as soon after hiring as a cycle allows);
    /// returns the last day the certification holds, nil when no cycle fits before today.
    mutating func certified(daysAgo: Int) -> LocalDate? {
        var certifiedOn = today.adding(days: -daysAgo)
        var enrolled = certifiedOn.adding(days: -Self.cycleDays)
        if enrolled < agent.hiredOn {
            enrolled = agent.hiredOn
            certifiedOn = enrolled.adding(days: Self.cycleDays)
        }
        guard certifiedOn < today else { return nil }
        add("enrol", enrolled)
        completeModules(program.modules(enrolledOn: enrolled, today: today), from: enrolled)
        assess(attempt: 1, score: 84 + (agent.id.utf8.last.map(Int.init) ?? 0) % 14, on: enrolled.adding(days: 4))
        let nesting = enrolled.adding(days: 5)
        add("nesting", nesting)
        evaluate(1, score: 88, on: nesting.adding(days: 2))
        evaluate(2, score: 91, on: nesting.adding(days: 6))
        add("certify", certifiedOn)
        return program.lastValidDay(enrolledOn: enrolled, certifiedOn: certifiedOn, today: today)
    }

    /// The certification revoked at 03:00 UTC on `day`; returns the last day it held.
    mutating func revoked(on day: LocalDate, reason: String) -> LocalDate {
        var step = TrainingStep(agent.id, program.id, "revoke", day)
        step.at = day.midnightSeconds + 3 * 3_600
        step.reason = reason
        steps.append(step)
        return day.adding(days: -1)
    }

    private mutating func add(_ step: String, _ date: LocalDate) {
        steps.append(TrainingStep(agent.id, program.id, step, date))
    }

    /// One module a day from the enrolment day, never after `latest`.
    private mutating func completeModules(
        _ modules: [(id: String, title: String)], from enrolled: LocalDate, within latest: LocalDate? = nil
    ) {
        for (offset, module) in modules.enumerated() {
            var step = TrainingStep(agent.id, program.id, "module", min(enrolled.adding(days: offset + 1),
                                                                       latest ?? .init(daysSinceEpoch: .max)))
            step.module = module.id
            steps.append(step)
        }
    }

    private mutating func assess(attempt: Int, score: Int, on day: LocalDate) {
        var step = TrainingStep(agent.id, program.id, "assessment", day)
        step.attempt = attempt
        step.score = score
        steps.append(step)
    }

    private mutating func evaluate(_ number: Int, score: Int, on day: LocalDate) {
        var step = TrainingStep(agent.id, program.id, "nesting-qa", day)
        step.score = score
        step.evaluationID = "NQ-\(agent.id)-\(program.id)-\(number)"
        step.evaluator = "QA \(agent.site.name)"
        steps.append(step)
    }
}
