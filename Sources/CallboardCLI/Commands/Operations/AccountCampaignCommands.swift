import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

extension AccountCLICommand {
    /// `callboard account campaign`: record (or withdraw) a client's launch or promotion.
    struct Campaign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "campaign",
            abstract: "Record a client's launch or promotion for an account or one of its queues, or withdraw it.",
            discussion: """
                Days are market-local, on each queue's own clock. Without --queue the campaign touches every \
                queue of the account. --uplift is the factor the client expects (1.3 = 30% more contacts, \
                from 0.1 to 10). A name names one campaign per account: recording the same campaign again \
                changes nothing, other details under the same name are refused (withdraw it first). \
                --withdraw takes only --account, --name and --reason.
                """)

        @Option(help: "The client account id.") var account: String
        @Option(help: "Only this queue of the account (default: every queue).") var queue: String?
        @Option(help: "The campaign's name, unique within the account.") var name: String
        @Option(help: "launch or promotion.", transform: FieldSyntax.campaignKind) var kind: CampaignKind?
        @Option(help: "First day, YYYY-MM-DD (market-local).", transform: FieldSyntax.date) var from: LocalDate?
        @Option(help: "Last day, YYYY-MM-DD (market-local, inclusive).", transform: FieldSyntax.date) var to: LocalDate?
        @Option(help: "Expected uplift factor, e.g. 1.3 (0.1 to 10).", transform: FieldSyntax.number) var uplift: Double?
        @Option(help: "Why the campaign is withdrawn.") var reason: String = ""
        @Flag(help: "Withdraw the standing campaign of that name.") var withdraw = false

        func validate() throws {
            if withdraw {
                if queue != nil || kind != nil || from != nil || to != nil || uplift != nil {
                    throw ValidationError("--withdraw takes only --account, --name and --reason")
                }
                return
            }
            guard kind != nil else { throw ValidationError("give --kind launch or --kind promotion") }
            guard let from, let to else { throw ValidationError("give the campaign's days with --from and --to") }
            if to < from { throw ValidationError("--to \(to) is before --from \(from)") }
        }

        /// The domain command these options stand for.
        var command: ClientAccountCommand {
            guard !withdraw, let kind, let from, let to else {
                return .withdrawCampaign(account: AccountID(account), name: name, reason: reason)
            }
            return .recordCampaign(RecordCampaign(
                accountID: AccountID(account), queueID: queue.map { QueueID($0) }, name: name, kind: kind,
                firstDay: from, lastDay: to, expectedUplift: uplift))
        }

        func run() async throws {
            let command = command
            try await OperationRun.record(source: "cli:account campaign") { try await $0.run(command) }
        }
    }

    /// `callboard account campaigns`: the standing campaigns, by account and first day.
    struct Campaigns: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "campaigns", abstract: "List client accounts' standing launches and promotions.")

        @Option(help: "Only this client account.") var account: String?
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let account = account.map { AccountID($0) }
            try await OperationRun.list(format) { listings in
                if let account { _ = try await listings.account(account) }
                let rows: [[Cell]] = try await listings.campaigns(of: account).map { entry in
                    let campaign = entry.campaign
                    return [.text(entry.accountID.rawValue), campaign.queueID.map { .text($0.rawValue) } ?? .text("all"),
                            .text(campaign.name), .text(campaign.kind.rawValue), .text(campaign.firstDay.description),
                            .text(campaign.lastDay.description), campaign.expectedUplift.map(Cell.decimal) ?? .null]
                }
                return OutputTable(columns: ["account_id", "queue_id", "name", "kind", "first_day", "last_day", "expected_uplift"],
                                   rows: rows)
            }
        }
    }
}
