import Foundation
import Testing
@testable import CallboardDomain

/// The tablet maker's Slate program, built through the public decider.
enum SlateProgram {
    static let requirements = CertificationRequirements(
        modules: [TrainingModule("slate-basics", title: "Slate basics"),
                  TrainingModule("returns", title: "Returns and warranty")],
        assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 2),
        nesting: NestingRule(days: 14, minimumEvaluations: 3, minimumAverageScore: 85),
        validityMonths: 12)

    static func defined(_ requirements: CertificationRequirements = requirements) throws -> TrainingProgramState {
        let define = DefineTrainingProgram(
            programID: "TAB-SLATE", accountID: "TAB", name: "Slate tablets", scope: ProgramScope(productLine: "Slate"),
            requirements: requirements, definedOn: "2026-01-05")
        let context = TrainingProgramContext(account: try World.tabletMaker())
        let events = try TrainingProgram.decide(.define(define), state: nil, context: context)
        return try #require(TrainingProgram.fold(events))
    }

    /// `program` revised to revision 2 (Slate 12), requiring holders to recertify by `recertifyBy`.
    static func revised(
        _ program: TrainingProgramState, effectiveOn: LocalDate = "2026-06-01", recertifyBy: LocalDate?
    ) throws -> TrainingProgramState {
        let revise = ReviseTrainingProgram(
            programID: program.id, revision: program.revision + 1, summary: "Slate 12 launch",
            requirements: requirements, effectiveOn: effectiveOn, recertifyBy: recertifyBy)
        let events = try TrainingProgram.decide(.revise(revise), state: program)
        return events.reduce(program) { TrainingProgram.evolve($0, $1) }
    }
}

/// One agent's certification stream on the Slate program, advanced command by command.
struct Trainee {
    var program: TrainingProgramState
    let site: SiteState
    let agent: AgentState
    var state: CertificationState?

    init(program: TrainingProgramState, site: SiteState) throws {
        self.program = program
        self.site = site
        agent = try World.hire("A-1", at: site)
    }

    var context: CertificationContext { CertificationContext(program: program, agent: agent, site: site) }
    var validity: CertificationValidity { CertificationValidity(state, agentID: agent.id, program: program) }

    /// Decides `command` and applies its events.
    @discardableResult
    mutating func run(_ command: CertificationCommand) throws(CertificationRejection) -> [CertificationEvent] {
        let events = try Certification.decide(command, state: state, context: context)
        state = events.reduce(state) { Certification.evolve($0, $1) }
        return events
    }

    /// Decides `command` without applying it.
    func decide(_ command: CertificationCommand) throws(CertificationRejection) -> [CertificationEvent] {
        try Certification.decide(command, state: state, context: context)
    }

    /// Enrols and completes both modules.
    mutating func trainInClassroom(from day: LocalDate = "2026-02-02") throws {
        try run(.enrol(agent: "A-1", program: "TAB-SLATE", on: day))
        try run(.completeModule(agent: "A-1", program: "TAB-SLATE", module: "slate-basics", on: day.adding(days: 3)))
        try run(.completeModule(agent: "A-1", program: "TAB-SLATE", module: "returns", on: day.adding(days: 8)))
    }

    /// Passes the assessment at the next attempt and starts nesting three days later.
    mutating func passAndStartNesting(on day: LocalDate = "2026-02-13") throws {
        let attempt = (state?.training.attempts.count ?? 0) + 1
        try run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: attempt, scorePercent: 88, on: day))
        try run(.startNesting(agent: "A-1", program: "TAB-SLATE", on: day.adding(days: 3)))
    }

    /// Records nesting QA evaluations with `scores`, one every few days from `day`.
    mutating func evaluateNesting(_ scores: [Double], from day: LocalDate = "2026-02-18") throws {
        let cycle = state?.training.number ?? 0
        for (index, score) in scores.enumerated() {
            try run(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-\(cycle)-\(index)",
                                     evaluator: "qa.lee", score: score, on: day.adding(days: index * 4)))
        }
    }

    /// The whole journey: enrolled 2026-02-02, passed 2026-02-13, nesting from 2026-02-16
    /// (complete from 2026-03-02) with QA 90, 86, 92, certified on `day`.
    mutating func certify(from start: LocalDate = "2026-02-02", on day: LocalDate = "2026-03-02") throws {
        try trainInClassroom(from: start)
        try passAndStartNesting(on: start.adding(days: 11))
        try evaluateNesting([90, 86, 92], from: start.adding(days: 16))
        try run(.certify(agent: "A-1", program: "TAB-SLATE", on: day))
    }

    /// The certification granted last.
    var granted: AgentCertified? { state?.latestCertification?.granted }
}
