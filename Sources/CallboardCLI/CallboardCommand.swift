import ArgumentParser
import CallboardOperations
import EventStore
import Foundation
import PostgresNIO

/// The `callboard` command: the operators', site directors' and schedulers' way in.
@main
struct CallboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callboard",
        abstract: "Callboard: the event-sourced operations backend of a multi-site contact-centre BPO.",
        discussion: """
            Without CALLBOARD_DATABASE_URL, commands use a private PostgreSQL cluster under .callboard/ \
            (see `callboard db status`), starting it when needed. Ids are matched exactly; a miss names \
            the nearest known id. Reports default --date, --week and --month to today, this week and \
            this month on the site's or market's clock. Shell completions: \
            `callboard --generate-completion-script bash|zsh|fish` (README, "Everyday conveniences").
            """ + "\n\n" + ExitStatus.helpText,
        version: CallboardVersion.full,
        subcommands: [DatabaseCommand.self, EventsCommand.self, StaffingCommand.self, DemoCommand.self,
                      ImportCLICommand.self, SiteCLICommand.self, AccountCLICommand.self, QueueCLICommand.self,
                      AgentCLICommand.self, ShiftCLICommand.self, ProjectionsCommand.self, ReportCommand.self,
                      ProgramCLICommand.self, CertificationCLICommand.self,
                      ScorecardCLICommand.self, DisciplineCLICommand.self, AwardsCLICommand.self, SLACLICommand.self,
                      ServeCommand.self, TokenCommand.self, ForecastCommand.self, VersionCommand.self]
    )

    /// Runs the chosen subcommand and ends with one of the documented `ExitStatus` codes:
    /// database errors are printed with the server's own message (PostgresNIO keeps it out of
    /// an error's description), an id that names nothing exits 65 with the likely meant id, an
    /// unreachable database 69. SIGPIPE is ignored so that a
    /// reader going away ends the command at its next write, quietly (`StandardOutput`).
    static func main() async {
        StandardOutput.ignoreBrokenPipeSignal()
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard let status = ExitStatus.of(error) else { exit(withError: error) }
            let text = (error as? PSQLError).map(OlderSchemaHint.describe) ?? "\(error)"
            FileHandle.standardError.write(Data("Error: \(text)\n".utf8))
            Foundation.exit(status.rawValue)
        }
    }
}
