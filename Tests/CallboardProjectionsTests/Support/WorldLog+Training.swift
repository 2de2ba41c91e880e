import CallboardDomain
import Foundation

/// Training programs and agents' certifications, recorded through the domain's deciders.
extension WorldLog {
    /// A whole-account program: two modules, pass mark 80, two retakes, ten days of nesting
    /// with two evaluations averaging 80, valid twelve months.
    static let requirements = CertificationRequirements(
        modules: [TrainingModule("basics", title: "Basics"), TrainingModule("returns", title: "Returns")],
        assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 2),
        nesting: NestingRule(days: 10, minimumEvaluations: 2, minimumAverageScore: 80), validityMonths: 12)

    func defineProgram(_ id: ProgramID, account: AccountID) async throws -> TrainingProgramState? {
        let define = DefineTrainingProgram(programID: id, accountID: account, name: "Program \(id)",
                                           requirements: Self.requirements, definedOn: "2024-03-01")
        let context = TrainingProgramContext(account: accounts[account],
                                             accountQueues: Set(queues.values.filter { $0.accountID == account }.map(\.id)))
        return try await record(TrainingProgram.self, .define(define), state: nil, context: context)
    }

    /// Decides `command` on the program `state` with the account's `programs` as context (what
    /// the operations layer gives), appending the events; throws the rejection otherwise.
    func program(_ command: TrainingProgramCommand, account: AccountID, state: TrainingProgramState? = nil,
                 programs: [TrainingProgramState]) async throws -> TrainingProgramState? {
        let context = TrainingProgramContext(account: accounts[account],
                                             accountQueues: Set(queues.values.filter { $0.accountID == account }.map(\.id)),
                                             accountPrograms: programs)
        return try await record(TrainingProgram.self, command, state: state, context: context)
    }

    /// Takes `agent` through a whole training cycle ending with certification on `day`;
    /// `until` stops it earlier: `.inTraining` after enrolment, `.nesting` once nesting started.
    @discardableResult
    func certify(_ agent: AgentID, on program: TrainingProgramState, on day: LocalDate,
                 stoppingAt stop: String? = nil, state: CertificationState? = nil) async throws -> CertificationState? {
        let context = CertificationContext(program: program, agent: agents[agent],
                                           site: agents[agent].flatMap { sites[$0.siteID] })
        let steps: [(String, CertificationCommand)] = [
            ("enrol", .enrol(agent: agent, program: program.id, on: day.adding(days: -20))),
            ("module", .completeModule(agent: agent, program: program.id, module: "basics", on: day.adding(days: -19))),
            ("module", .completeModule(agent: agent, program: program.id, module: "returns", on: day.adding(days: -18))),
            ("assessment", .recordAssessment(agent: agent, program: program.id, attempt: 1, scorePercent: 90,
                                             on: day.adding(days: -15))),
            ("nesting", .startNesting(agent: agent, program: program.id, on: day.adding(days: -12))),
            ("qa", .recordNestingQA(agent: agent, program: program.id, evaluationID: "\(agent)-1", evaluator: "QA",
                                    score: 85, on: day.adding(days: -10))),
            ("qa", .recordNestingQA(agent: agent, program: program.id, evaluationID: "\(agent)-2", evaluator: "QA",
                                    score: 90, on: day.adding(days: -5))),
            ("certify", .certify(agent: agent, program: program.id, on: day)),
        ]
        var current = state
        for (name, command) in steps {
            current = try await record(Certification.self, command, state: current, context: context)
            if name == stop { break }
        }
        return current
    }

    func revoke(_ agent: AgentID, on program: TrainingProgramState, at instant: Date, reason: String,
                state: CertificationState?) async throws {
        _ = try await record(Certification.self, .revoke(agent: agent, program: program.id, at: instant, reason: reason),
                             state: state, context: CertificationContext(program: program))
    }
}
