import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

/// `callboard program ...`: define, revise, retire and list clients' training programs.
struct ProgramCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Define, revise, retire and list training programs.",
        discussion: """
            A program belongs to a client account (optionally to some of its queues or a product line): \
            classroom modules, an assessment with a pass mark and a retake limit, nesting with a minimum \
            number of QA evaluations and average score, and a validity in months. A revision replaces the \
            requirements and may require earlier holders to recertify by a day. An account has one \
            account-wide program in force: a second one is refused unless it names the queues it takes over \
            (--queues) or replaces the first (--replaces). A retired or replaced program gates no queue.
            """,
        subcommands: [Define.self, Revise.self, Retire.self, List.self]
    )

    /// The requirements a definition or revision sets.
    struct Requirements: ParsableArguments {
        @Option(help: "Modules as id:title;id:title, e.g. 'basics:Slate basics;returns:Returns policy'.",
                transform: { try FieldSyntax.list($0, FieldSyntax.trainingModule) })
        var modules: [TrainingModule]
        @Option(help: "The assessment's pass mark in percent, e.g. 80.") var passMark: Double
        @Option(help: "Retakes allowed after a failed first attempt.") var retakeLimit: Int
        @Option(help: "The shortest nesting period in days.") var nestingDays: Int
        @Option(help: "The fewest nesting QA evaluations.") var nestingEvaluations: Int
        @Option(help: "The lowest average nesting QA score (0-100).") var nestingAverage: Double
        @Option(help: "How many months a certification holds.") var validityMonths: Int

        var value: CertificationRequirements {
            CertificationRequirements(
                modules: modules, assessment: AssessmentRule(passMarkPercent: passMark, retakeLimit: retakeLimit),
                nesting: NestingRule(days: nestingDays, minimumEvaluations: nestingEvaluations,
                                     minimumAverageScore: nestingAverage),
                validityMonths: validityMonths)
        }
    }

    struct Define: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "define", abstract: "Define a client account's training program.")

        @Option(help: "The program id, e.g. TAB-SLATE.") var id: String
        @Option(help: "The client account.") var account: String
        @Option(help: "The program's name.") var name: String
        @Option(parsing: .upToNextOption, help: "Only these queues of the account (default: all).") var queues: [String] = []
        @Option(help: "The product line it covers.") var productLine: String?
        @Option(help: "The day it takes effect, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "The account's program this one replaces (it stops gating), e.g. TAB-BASICS.") var replaces: String?
        @OptionGroup var requirements: Requirements

        func run() async throws {
            let define = DefineTrainingProgram(
                programID: ProgramID(id), accountID: AccountID(account), name: name,
                scope: ProgramScope(queues: queues.map { QueueID($0) }, productLine: productLine),
                requirements: requirements.value, definedOn: on, replaces: replaces.map { ProgramID($0) })
            try await OperationRun.record(source: "cli:program define") { try await $0.run(TrainingProgramCommand.define(define)) }
        }
    }

    struct Revise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revise", abstract: "Revise a program, e.g. for a new product model.")

        @Option(help: "The program id.") var id: String
        @Option(help: "The revision number: the current revision plus one.") var revision: Int
        @Option(help: "Why it changed, e.g. 'Slate 12 launch'.") var summary: String
        @Option(help: "The day it takes effect, YYYY-MM-DD.", transform: FieldSyntax.date) var effectiveOn: LocalDate
        @Option(help: "Earlier holders stay certified through this day only.", transform: FieldSyntax.date)
        var recertifyBy: LocalDate?
        @OptionGroup var requirements: Requirements

        func run() async throws {
            let revise = ReviseTrainingProgram(
                programID: ProgramID(id), revision: revision, summary: summary, requirements: requirements.value,
                effectiveOn: effectiveOn, recertifyBy: recertifyBy)
            try await OperationRun.record(source: "cli:program revise") { try await $0.run(TrainingProgramCommand.revise(revise)) }
        }
    }

    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire",
            abstract: "Retire a program: it stops gating its queues (certifications on it stay on record).")

        @Option(help: "The program id.") var program: String
        @Option(help: "The day the client ended it, YYYY-MM-DD, today or earlier; by default today (UTC). The program stops gating when the retirement is recorded.", transform: FieldSyntax.date)
        var on: LocalDate?
        @Option(help: "Why it is retired.") var reason: String = "retired"

        /// A retirement takes effect when it is recorded, so a day to come would be a promise the
        /// gating does not keep: refused, and recorded on the day instead.
        func validate() throws {
            let today = ReportScope.today(on: nil, at: Date())
            if let on, on > today {
                throw ValidationError("--on \(on) is after today (\(today), UTC): a program stops gating when its retirement is recorded; run `program retire` on that day")
            }
        }

        func run() async throws {
            let retire = RetireTrainingProgram(
                programID: ProgramID(program), retiredOn: on ?? ReportScope.today(on: nil, at: Date()), reason: reason)
            try await OperationRun.record(source: "cli:program retire") { try await $0.run(TrainingProgramCommand.retire(retire)) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List training programs by id.")

        @Option(help: "Only this client account's programs.") var account: String?
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let accountID = account.map { AccountID($0) }
            try await OperationRun.list(format) { listings in
                if let accountID { _ = try await listings.account(accountID) }
                let programs = try await listings.programs(of: accountID)
                let rows: [[Cell]] = programs.map { program in
                    let rules = program.requirements
                    return [.text(program.id.rawValue), .text(program.accountID.rawValue), .text(program.name),
                            .list(program.scope.queues.map(\.rawValue)), .integer(program.revision),
                            .list(rules.moduleIDs.map(\.rawValue)), .decimal(rules.assessment.passMarkPercent),
                            .integer(rules.assessment.retakeLimit), .integer(rules.nesting.days),
                            .integer(rules.nesting.minimumEvaluations), .decimal(rules.nesting.minimumAverageScore),
                            .integer(rules.validityMonths), .text(Self.status(program, among: programs))]
                }
                return OutputTable(
                    columns: ["program_id", "account", "name", "queues", "revision", "modules", "pass_mark", "retake_limit",
                              "nesting_days", "nesting_evaluations", "nesting_average", "validity_months", "status"], rows: rows,
                    detailColumns: ["queues", "modules", "retake_limit", "nesting_days", "nesting_evaluations",
                                    "nesting_average"])
            }
        }

        /// `in force`, `retired 2026-12-01` or `replaced by P`.
        static func status(_ program: TrainingProgramState, among programs: [TrainingProgramState]) -> String {
            if let day = program.retiredOn { return "retired \(day)" }
            if let successor = programs.first(where: { $0.replaces == program.id }) { return "replaced by \(successor.id)" }
            return "in force"
        }
    }
}
