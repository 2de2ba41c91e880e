import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

/// `callboard certification ...`: record an agent's training steps on a program, and list them.
struct CertificationCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certification",
        abstract: "Record an agent's training, assessment, nesting and certification on a program; list them.",
        discussion: """
            Steps follow the program's rules: modules after enrolment, the assessment after every module \
            (within the retake limit), nesting after a passed assessment, certification once nesting is \
            complete. Days are local days on the agent's site's clock. Expiry needs no step: a \
            certification stops holding on its expiry day by itself; `expire` only records it.
            """,
        subcommands: [Enrol.self, Module.self, Assessment.self, Nesting.self, NestingQA.self, Certify.self,
                      Expire.self, Revoke.self, List.self]
    )

    /// The agent and program every step names.
    struct Subject: ParsableArguments {
        @Option(help: "The agent id.") var agent: String
        @Option(help: "The training program id.") var program: String

        var ids: (AgentID, ProgramID) { (AgentID(agent), ProgramID(program)) }
    }

    static func record(_ step: String, _ command: CertificationCommand) async throws {
        try await OperationRun.record(source: "cli:certification \(step)") { try await $0.run(command) }
    }

    struct Enrol: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enrol", abstract: "Enrol an agent on a program (a first training or a recertification).")
        @OptionGroup var subject: Subject
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("enrol", .enrol(agent: subject.ids.0, program: subject.ids.1, on: on))
        }
    }

    struct Module: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "module", abstract: "Record a completed classroom module.")
        @OptionGroup var subject: Subject
        @Option(help: "The module id.") var module: String
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("module", .completeModule(agent: subject.ids.0, program: subject.ids.1,
                                                       module: ModuleID(module), on: on))
        }
    }

    struct Assessment: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assessment", abstract: "Record an assessment attempt and its score.")
        @OptionGroup var subject: Subject
        @Option(help: "1 for the first attempt, 2 for the first retake...") var attempt: Int
        @Option(help: "The score in percent.") var score: Double
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("assessment", .recordAssessment(agent: subject.ids.0, program: subject.ids.1,
                                                             attempt: attempt, scorePercent: score, on: on))
        }
    }

    struct Nesting: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "nesting", abstract: "Start nesting after a passed assessment.")
        @OptionGroup var subject: Subject
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("nesting", .startNesting(agent: subject.ids.0, program: subject.ids.1, on: on))
        }
    }

    struct NestingQA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "nesting-qa", abstract: "Record a nesting QA evaluation.")
        @OptionGroup var subject: Subject
        @Option(help: "The QA tool's evaluation id.") var evaluation: String
        @Option(help: "Who evaluated.") var evaluator: String
        @Option(help: "The score, 0-100.") var score: Double
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("nesting-qa", .recordNestingQA(agent: subject.ids.0, program: subject.ids.1,
                                                            evaluationID: evaluation, evaluator: evaluator, score: score,
                                                            on: on))
        }
    }

    struct Certify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "certify", abstract: "Certify an agent whose assessment and nesting are complete.")
        @OptionGroup var subject: Subject
        @Option(help: "YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("certify", .certify(agent: subject.ids.0, program: subject.ids.1, on: on))
        }
    }

    struct Expire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expire",
            abstract: "Record that the latest certification has run out (informative: validity already ends it).")
        @OptionGroup var subject: Subject
        @Option(help: "YYYY-MM-DD, on or after its expiry day.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            try await record("expire", .recordExpiry(agent: subject.ids.0, program: subject.ids.1, on: on))
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Withdraw a certification in force from an instant.")
        @OptionGroup var subject: Subject
        @Option(help: "The instant, e.g. 2026-12-05T09:00:00+08:00.", transform: FieldSyntax.instant) var at: Date
        @Option(help: "Why, e.g. 'data-protection breach'.") var reason: String

        func run() async throws {
            try await record("revoke", .revoke(agent: subject.ids.0, program: subject.ids.1, at: at, reason: reason))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "An agent's standing on every program they enrolled on, now.")
        @Option(help: "The agent id.") var agent: String
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let agentID = AgentID(agent), now = Date()
            try await OperationRun.list(format) { listings in
                _ = try await listings.agent(agentID)
                let rows: [[Cell]] = try await listings.certifications(of: agentID).map { entry in
                    let validity = CertificationValidity(entry.record, agentID: agentID, program: entry.program)
                    let current = validity.intervals.first { $0.contains(now) }
                    return [.text(entry.program.id.rawValue), .text(entry.record.stage(at: now, under: entry.program).word),
                            .integer(entry.record.training.number), .text(entry.record.training.enrolledOn.description),
                            .integer(entry.record.training.attempts.count),
                            .list(entry.record.certifications.map(\.granted.certifiedOn.description)),
                            current.map { .text($0.ending.lapsesOn.description) } ?? .null]
                }
                return OutputTable(columns: ["program", "stage", "cycle", "enrolled_on", "attempts", "certified_on",
                                             "expires"], rows: rows)
            }
        }
    }
}
