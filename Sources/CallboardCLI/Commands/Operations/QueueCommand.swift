import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

/// `callboard queue ...`: open queues for client accounts, change their SLA, close and list them.
struct QueueCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Open, change and list queues.",
        discussion: "Values are written as in import files (see docs/import-formats.md).",
        subcommands: [Open.self, SLA.self, Close.self, List.self, Closure.self, Closures.self, ConfirmDay.self,
                      ConfirmedDays.self]
    )

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a queue for a signed client account.")

        @Argument(help: "The queue id, e.g. TAB-VOICE-EN-US.") var queue: String
        @Option(help: "The client account id.") var account: String
        @Option(help: "voice, email, chat or social.", transform: FieldSyntax.channel) var channel: Channel
        @Option(help: "The language served, e.g. en.") var language: String
        @Option(help: "The market served, ISO 3166, e.g. US.") var market: String?
        @Option(help: "The market's IANA timezone, e.g. America/New_York.") var timezone: String
        @Option(help: "24/7 or e.g. \"mon-fri 08:00-20:00;sat 09:00-17:00\".", transform: FieldSyntax.hours)
        var hours: HoursOfOperation
        @Option(help: "80/20, 80/20/5, 90/24h or \"95/24h business\" (percent / hours for email and social).",
                transform: FieldSyntax.serviceLevel)
        var sla: ServiceLevelAgreement
        @Option(help: "When the SLA takes effect, e.g. 2026-03-01T00:00:00-05:00.", transform: FieldSyntax.instant)
        var slaFrom: Date

        func run() async throws {
            let open = OpenQueue(
                queueID: QueueID(queue), accountID: AccountID(account), channel: channel, language: LanguageCode(language),
                market: market.map { CountryCode($0) }, timeZone: TimeZoneID(timezone), hours: hours, sla: sla,
                slaEffectiveFrom: slaFrom)
            try await OperationRun.record(source: "cli:queue open") { try await $0.run(QueueCommand.open(open)) }
        }
    }

    struct SLA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sla", abstract: "Change a queue's SLA from an instant on.")

        @Argument(help: "The queue id.") var queue: String
        @Argument(help: "80/20, 80/20/5, 90/24h or \"95/24h business\" (percent / hours for email and social).",
                  transform: FieldSyntax.serviceLevel)
        var sla: ServiceLevelAgreement
        @Option(help: "When it takes effect, e.g. 2026-11-27T00:00:00-05:00.", transform: FieldSyntax.instant) var from: Date

        func run() async throws {
            let command = QueueCommand.changeSLA(queue: QueueID(queue), sla: sla, effectiveFrom: from)
            try await OperationRun.record(source: "cli:queue sla") { try await $0.run(command) }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a queue; no shifts can be planned on it.")

        @Argument(help: "The queue id.") var queue: String
        @Option(help: "Closing day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "Why the queue closes.") var reason: String

        func run() async throws {
            let command = QueueCommand.close(queue: QueueID(queue), closedOn: on, reason: reason)
            try await OperationRun.record(source: "cli:queue close") { try await $0.run(command) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List queues, of one client account with --account.")

        @Option(help: "Only queues of this client account.") var account: String?
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let account = account.map { AccountID($0) }
            try await OperationRun.list(format) { listings in
                let now = Date()
                if let account { _ = try await listings.account(account) }
                let rows: [[Cell]] = try await listings.queues(of: account).map { queue in
                    [.text(queue.id.rawValue), .text(queue.accountID.rawValue), .text(queue.channel.rawValue),
                     .text(queue.language.rawValue), queue.market.map { .text($0.rawValue) } ?? .null,
                     .text(queue.timeZoneID.rawValue), .text(FieldSyntax.text(queue.hours)),
                     queue.sla(at: now).map { .text(FieldSyntax.text($0)) } ?? .null,
                     .text(queue.isClosed ? "closed" : "open")]
                }
                return OutputTable(columns: ["queue_id", "account_id", "channel", "language", "market", "timezone",
                                             "hours", "sla", "status"], rows: rows, detailColumns: ["timezone", "hours"])
            }
        }
    }
}
