import ArgumentParser
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
            (see `callboard db status`), starting it when needed.
            """,
        subcommands: [DatabaseCommand.self, EventsCommand.self, StaffingCommand.self, DemoCommand.self,
                      ImportCLICommand.self, SiteCLICommand.self, AccountCLICommand.self, QueueCLICommand.self,
                      AgentCLICommand.self, ShiftCLICommand.self, ProjectionsCommand.self, ReportCommand.self,
                      ProgramCLICommand.self, CertificationCLICommand.self,
                      ScorecardCLICommand.self, DisciplineCLICommand.self, AwardsCLICommand.self,
                      ServeCommand.self, TokenCommand.self, ForecastCommand.self]
    )

    /// Runs the chosen subcommand; database errors are printed with the server's own
    /// message, which PostgresNIO keeps out of an error's description.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as PSQLError {
            FileHandle.standardError.write(Data("Error: \(DatabaseErrorText.describe(error))\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
