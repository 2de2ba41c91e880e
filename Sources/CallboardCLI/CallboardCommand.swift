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
            (see `callboard db status`), starting it when needed. Exit codes: 0 done (also when the \
            reader of the output went away), 1 database error, 64 bad flag, 65 refused input or unknown id, \
            66 unreadable file, 75 concurrent change. Shell completions: \
            `callboard --generate-completion-script bash|zsh|fish`.
            """,
        version: CallboardVersion.number,
        subcommands: [DatabaseCommand.self, EventsCommand.self, StaffingCommand.self, DemoCommand.self,
                      ImportCLICommand.self, SiteCLICommand.self, AccountCLICommand.self, QueueCLICommand.self,
                      AgentCLICommand.self, ShiftCLICommand.self, ProjectionsCommand.self, ReportCommand.self,
                      ProgramCLICommand.self, CertificationCLICommand.self,
                      ScorecardCLICommand.self, DisciplineCLICommand.self, AwardsCLICommand.self, SLACLICommand.self,
                      ServeCommand.self, TokenCommand.self, ForecastCommand.self, VersionCommand.self]
    )

    /// Runs the chosen subcommand; database errors are printed with the server's own
    /// message, which PostgresNIO keeps out of an error's description.
    /// An id that names nothing exits 65 (refused input) with the likely meant id; SIGPIPE is
    /// ignored so that a closed output pipe ends the command quietly (`StandardOutput`).
    static func main() async {
        StandardOutput.ignoreBrokenPipeSignal()
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let unknown as UnknownID {
            FileHandle.standardError.write(Data("Error: \(unknown)\n".utf8))
            Foundation.exit(OperationRun.refused.rawValue)
        } catch let error as PSQLError {
            FileHandle.standardError.write(Data("Error: \(DatabaseErrorText.describe(error))\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
