import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardOperations

/// `callboard discipline open|close`: disciplinary cases against an agent, recorded by HR or a
/// team lead on the agent's quality stream. An agent with a case open at any time in a month
/// cannot win that month's award.
struct DisciplineCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discipline",
        abstract: "Open and close an agent's disciplinary cases (they bar the agent from that month's award).",
        subcommands: [Open.self, Close.self])

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a disciplinary case against an agent.")

        @Option(help: "The agent id.") var agent: String
        @Option(name: .customLong("case"), help: "The case reference, unique per agent.") var caseID: String
        @Option(help: "The local day at the agent's site, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "What the case is about.") var reason: String

        func run() async throws {
            let command = AgentQualityCommand.openDisciplinaryCase(
                agent: AgentID(agent), caseID: caseID, on: on, reason: reason, by: OperationRun.actor)
            try await OperationRun.record(source: "cli:discipline open") { try await $0.run(command) }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close an agent's disciplinary case.")

        @Option(help: "The agent id.") var agent: String
        @Option(name: .customLong("case"), help: "The case reference.") var caseID: String
        @Option(help: "The local day at the agent's site, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "How it ended, e.g. dismissed, warning.") var outcome: String

        func run() async throws {
            let command = AgentQualityCommand.closeDisciplinaryCase(
                agent: AgentID(agent), caseID: caseID, on: on, outcome: outcome, by: OperationRun.actor)
            try await OperationRun.record(source: "cli:discipline close") { try await $0.run(command) }
        }
    }
}
