import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport

/// `callboard agent ...`: hire agents, move them through their lifecycle and between sites,
/// change their languages and skills, and list them.
struct AgentCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Hire, change and list agents.",
        discussion: "Values are written as in import files (see docs/import-formats.md).",
        subcommands: [Hire.self, Status.self, Transfer.self, Languages.self, Skills.self, List.self]
    )

    struct Hire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hire", abstract: "Hire an agent at an open site (they start in training).")

        @Argument(help: "The agent id (HR employee number), e.g. MNL-1001.") var agent: String
        @Option(help: "The site id.") var site: String
        @Option(help: "The agent's name.") var name: String
        @Option(help: "Hiring day, YYYY-MM-DD.", transform: FieldSyntax.date) var hiredOn: LocalDate
        @Option(parsing: .upToNextOption, help: "Languages and levels, e.g. en:fluent tl:native.",
                transform: FieldSyntax.languageSkill)
        var languages: [LanguageSkill]
        @Option(parsing: .upToNextOption, help: "Channels: voice, email, chat, social.", transform: FieldSyntax.channel)
        var skills: [Channel]

        func run() async throws {
            let hire = HireAgent(agentID: AgentID(agent), siteID: SiteID(site), name: name, languages: languages,
                                 skills: skills, hiredOn: hiredOn)
            try await OperationRun.record(source: "cli:agent hire") { try await $0.run(AgentCommand.hire(hire)) }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Move an agent to another lifecycle status.")

        @Argument(help: "The agent id.") var agent: String
        @Argument(help: "training, nesting, live, leave or left.", transform: FieldSyntax.agentStatus) var status: AgentStatus
        @Option(help: "Effective day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "Why, for the record.") var reason = "set at the command line"

        func run() async throws {
            let command = AgentCommand.changeStatus(agent: AgentID(agent), to: status, effectiveOn: on, reason: reason)
            try await OperationRun.record(source: "cli:agent status") { try await $0.run(command) }
        }
    }

    struct Transfer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "transfer", abstract: "Move an agent to another open site.")

        @Argument(help: "The agent id.") var agent: String
        @Option(help: "The destination site id.") var to: String
        @Option(help: "Effective day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            let command = AgentCommand.transfer(agent: AgentID(agent), to: SiteID(to), effectiveOn: on)
            try await OperationRun.record(source: "cli:agent transfer") { try await $0.run(command) }
        }
    }

    struct Languages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "languages", abstract: "Set all the languages an agent serves buyers in.")

        @Argument(help: "The agent id.") var agent: String
        @Argument(help: "Languages and levels, e.g. en:fluent tl:native.", transform: FieldSyntax.languageSkill)
        var languages: [LanguageSkill]
        @Option(help: "Effective day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            let command = AgentCommand.changeLanguages(agent: AgentID(agent), languages: languages, effectiveOn: on)
            try await OperationRun.record(source: "cli:agent languages") { try await $0.run(command) }
        }
    }

    struct Skills: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "skills", abstract: "Set all the channels an agent works.")

        @Argument(help: "The agent id.") var agent: String
        @Argument(help: "Channels: voice, email, chat, social.", transform: FieldSyntax.channel) var skills: [Channel]
        @Option(help: "Effective day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            let command = AgentCommand.changeSkills(agent: AgentID(agent), skills: skills, effectiveOn: on)
            try await OperationRun.record(source: "cli:agent skills") { try await $0.run(command) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List agents, of one site with --site.")

        @Option(help: "Only agents of this site.") var site: String?
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let site = site.map { SiteID($0) }
            try await OperationRun.list(format) { listings in
                if let site { _ = try await listings.site(site) }
                let rows: [[Cell]] = try await listings.agents(at: site).map { agent in
                    [.text(agent.id.rawValue), .text(agent.siteID.rawValue), .text(agent.name), .text(FieldSyntax.text(agent.status)),
                     .labels(agent.languages.map { ($0.language.rawValue, $0.proficiency.rawValue) }),
                     .list(agent.skills.map(\.rawValue)), .text(agent.hiredOn.description)]
                }
                return OutputTable(columns: ["agent_id", "site_id", "name", "status", "languages", "skills", "hired_on"],
                                   rows: rows, detailColumns: ["skills"])
            }
        }
    }
}
