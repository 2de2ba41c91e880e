import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport

/// `callboard account ...`: sign and offboard client accounts, and list them.
struct AccountCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Sign, offboard and list client accounts; record their launches and promotions.",
        discussion: "Values are written as in import files (see docs/import-formats.md).",
        subcommands: [Sign.self, Offboard.self, List.self, Campaign.self, Campaigns.self]
    )

    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign", abstract: "Sign a client account.")

        @Argument(help: "The account id, e.g. TABULA.") var account: String
        @Option(help: "The client's name.") var name: String
        @Option(parsing: .upToNextOption, help: "Markets, ISO 3166 codes, e.g. US GB DE.") var markets: [String]
        @Option(parsing: .upToNextOption, help: "Brands, e.g. Tabula \"Tabula Pro\".") var brands: [String]
        @Option(parsing: .upToNextOption, help: "Channels: voice, email, chat, social.", transform: FieldSyntax.channel)
        var channels: [Channel]
        @Option(parsing: .upToNextOption, help: "Languages, e.g. en de fr.") var languages: [String]
        @Option(help: "Signing day, YYYY-MM-DD.", transform: FieldSyntax.date) var signedOn: LocalDate

        func run() async throws {
            let sign = SignAccount(
                accountID: AccountID(account), name: name, markets: markets.map { CountryCode($0) }, brands: brands,
                channels: channels, languages: languages.map { LanguageCode($0) }, signedOn: signedOn)
            try await OperationRun.record(source: "cli:account sign") { try await $0.run(ClientAccountCommand.sign(sign)) }
        }
    }

    struct Offboard: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "offboard", abstract: "End a client's contract; it gets no new queues.")

        @Argument(help: "The account id.") var account: String
        @Option(help: "Last day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "Why the contract ends.") var reason: String

        func run() async throws {
            let command = ClientAccountCommand.offboard(account: AccountID(account), offboardedOn: on, reason: reason)
            try await OperationRun.record(source: "cli:account offboard") { try await $0.run(command) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the client accounts.")

        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            try await OperationRun.list(format) { listings in
                let rows: [[Cell]] = try await listings.accounts().map { account in
                    [.text(account.id.rawValue), .text(account.name), .list(account.markets.map(\.rawValue)),
                     .list(account.brands), .list(account.channels.map(\.rawValue)),
                     .list(account.languages.map(\.rawValue)), .text(account.isOffboarded ? "offboarded" : "active")]
                }
                return OutputTable(columns: ["account_id", "name", "markets", "brands", "channels", "languages", "status"],
                                   rows: rows, detailColumns: ["brands"])
            }
        }
    }
}
