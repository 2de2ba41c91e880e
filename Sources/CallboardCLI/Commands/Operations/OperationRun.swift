import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardOperations
import Foundation

/// What every write and `list` command does around its one call into the application layer:
/// connect to the database, name who is acting, print the outcome, and turn a domain refusal
/// into a sentence on standard error with exit code 65 (EX_DATAERR).
enum OperationRun {
    /// EX_DATAERR from sysexits(3): the input was refused.
    static let refused = ExitStatus.refused.code

    /// Who the events are recorded as having come from: `CALLBOARD_ACTOR`, else the login name.
    static var actor: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["CALLBOARD_ACTOR"] ?? environment["USER"] ?? "cli"
    }

    /// Runs one domain command and prints the events it recorded.
    static func record<Event: DomainEvent>(
        source: String, _ body: @escaping @Sendable (CommandRunner) async throws -> [Event]
    ) async throws {
        do {
            let events = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                do {
                    return try await body(CommandRunner(store: store, actor: actor))
                } catch let rejection as any DomainRejection {
                    throw Refusal(text: "\(rejection)" + (await RefusalHint.suggestion(for: rejection, in: Listings(store: store))))
                }
            }
            print(events.isEmpty ? "Nothing to change: that is already the case." : "Recorded \(Self.list(events)).")
        } catch let refusal as Refusal {
            FileHandle.standardError.write(Data("Refused: \(refusal.text)\n".utf8))
            throw refused
        }
    }

    /// A domain refusal as printed, with the likely meant id when it names an unknown one.
    private struct Refusal: Error {
        let text: String
    }

    /// Reads through `Listings` and prints the table in `format`.
    static func list(
        _ format: OutputFormat, _ body: @escaping @Sendable (Listings) async throws -> OutputTable
    ) async throws {
        let table = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            try await body(Listings(store: store))
        }
        print(format.document(table), terminator: "")
    }

    /// `SiteOpened` or `AgentHired, AgentStatusChanged`.
    private static func list(_ events: [some DomainEvent]) -> String {
        events.map(\.eventType).joined(separator: ", ")
    }
}
