import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import Projections

/// `callboard token issue|revoke|list`: the bearer tokens clients read their exports with.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue, revoke and list clients' API tokens.",
        subcommands: [Issue.self, Revoke.self, List.self]
    )

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue a token for one account; prints it once, alone on standard output.",
            discussion: "Only the SHA-256 of the token's secret is stored: keep the printed token, it cannot be shown again.")

        @Option(help: "The client account the token reads.") var account: String
        @Option(help: "Lifetime: 90d, 12h, 30m, or never; at most 1826d (5 years).") var expires = "90d"
        @Option(help: "A note on who holds the token.") var label = ""

        func validate() throws { _ = try TokenLifetime.expiry(expires, from: Date()) }

        func run() async throws {
            let now = Date()
            let expiresAt = try TokenLifetime.expiry(expires, from: now)
            let account = AccountID(self.account)
            let label = self.label
            do {
                let token = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                    _ = try await Listings(store: store).account(account)
                    return try await TokenIssuer(store: store, actor: OperationRun.actor)
                        .issue(account: account, label: label, expiresAt: expiresAt, now: now)
                }
                print(token)
            } catch let rejection as ApiTokenRejection {
                FileHandle.standardError.write(Data("Refused: \(rejection)\n".utf8))
                throw OperationRun.refused
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token: it opens nothing from now on.")

        @Argument(help: "The token id (the part after cbt_ and before the next _), as `token list` shows.") var token: String
        @Option(help: "Why.") var reason = "revoked"

        func run() async throws {
            let token = ApiTokenID(self.token)
            let reason = self.reason
            try await OperationRun.record(source: "cli:token revoke") {
                try await $0.run(ApiTokenCommand.revoke(token: token, revokedAt: Date(), reason: reason))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (never their secrets).")

        @Option(help: "Only this account's tokens.") var account: String?
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let account = self.account.map(AccountID.init)
            let records = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                if let account { _ = try await Listings(store: store).account(account) }
                let engine = try await ProjectionsCommand.catchUp(store, engine: ProjectionEngine(
                    store: store, projections: [ApiTokensProjection()], logger: CommandLogger.make()))
                await QuarantineWarning.note(engine, readModels: [ApiTokensProjection().name])
                return try await ApiTokenRecord.list(account: account, client: store.client, logger: CommandLogger.make())
            }
            let now = Date()
            let rows: [[Cell]] = records.map { record in
                let state = record.revokedAt != nil ? "revoked" : record.isValid(at: now) ? "active" : "expired"
                return [.text(record.tokenID.rawValue), .text(record.accountID.rawValue), .text(record.label),
                        ReportCell.minute(record.issuedAt), record.expiresAt.map { ReportCell.minute($0) } ?? .null,
                        .text(state)]
            }
            print(format.document(OutputTable(
                columns: ["token_id", "account_id", "label", "issued_at", "expires_at", "state"], rows: rows)), terminator: "")
        }
    }
}

/// `90d`, `12h`, `30m` or `never`: how long a token lives.
enum TokenLifetime {
    static func expiry(_ text: String, from now: Date) throws -> Date? {
        if text == "never" { return nil }
        guard let seconds = try? DurationArgument.seconds(text), seconds > 0 else {
            throw ValidationError("--expires must be like 90d, 12h, 30m or never, but was '\(text)'")
        }
        let longestDays = InputLimits.tokenLifetimeDays.range.upperBound
        guard seconds <= Double(longestDays) * 86_400 else {
            throw ValidationError("--expires must be at most \(longestDays)d (5 years), but was '\(text)'")
        }
        return now.addingTimeInterval(seconds)
    }
}
