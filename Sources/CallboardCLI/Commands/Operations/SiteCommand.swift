import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport

/// `callboard site ...`: open, change and list contact-centre sites.
struct SiteCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Open, change and list contact-centre sites.",
        discussion: "Values are written as in import files (see docs/import-formats.md).",
        subcommands: [Open.self, Seats.self, Holiday.self, Close.self, List.self]
    )

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a site.")

        @Argument(help: "The site id, e.g. MNL.") var site: String
        @Option(help: "The site's name, e.g. Manila.") var name: String
        @Option(help: "ISO 3166 country code, e.g. PH (GB, not UK).") var country: String
        @Option(help: "IANA timezone, e.g. Asia/Manila.") var timezone: String
        @Option(help: "Number of seats.") var seats: Int
        @Option(parsing: .upToNextOption, help: "Languages served, e.g. en tl.") var languages: [String]
        @Option(help: "Opening day, YYYY-MM-DD.", transform: FieldSyntax.date) var openedOn: LocalDate
        @Option(help: "Longest shift in hours (default 10).", transform: FieldSyntax.shiftMinutes(hours:))
        var maxShiftHours: Int?
        @Option(name: .customLong("holiday"), help: "A holiday, e.g. \"2026-12-30 Rizal Day\" (repeatable).",
                transform: FieldSyntax.holiday)
        var holidays: [CallboardDomain.Holiday] = []

        func run() async throws {
            let open = OpenSite(
                siteID: SiteID(site), name: name, country: CountryCode(country), timeZone: TimeZoneID(timezone),
                seats: seats, languages: languages.map { LanguageCode($0) }, holidays: holidays,
                maximumShiftMinutes: maxShiftHours ?? OpenSite.defaultMaximumShiftMinutes, openedOn: openedOn)
            try await OperationRun.record(source: "cli:site open") { try await $0.run(SiteCommand.open(open)) }
        }
    }

    struct Seats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "seats", abstract: "Change a site's number of seats.")

        @Argument(help: "The site id.") var site: String
        @Argument(help: "The new number of seats.") var seats: Int
        @Option(help: "Effective day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate

        func run() async throws {
            let command = SiteCommand.changeSeats(site: SiteID(site), seats: seats, effectiveOn: on)
            try await OperationRun.record(source: "cli:site seats") { try await $0.run(command) }
        }
    }

    struct Holiday: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "holiday", abstract: "Add a local public holiday to a site's calendar.")

        @Argument(help: "The site id.") var site: String
        @Argument(help: "The day, YYYY-MM-DD.", transform: FieldSyntax.date) var date: LocalDate
        @Argument(help: "The holiday's name, e.g. \"Rizal Day\".") var name: String

        func run() async throws {
            let command = SiteCommand.addHoliday(site: SiteID(site), holiday: CallboardDomain.Holiday(date: date, name: name))
            try await OperationRun.record(source: "cli:site holiday") { try await $0.run(command) }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a site; it accepts no more changes.")

        @Argument(help: "The site id.") var site: String
        @Option(help: "Closing day, YYYY-MM-DD.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "Why the site closes.") var reason: String

        func run() async throws {
            let command = SiteCommand.close(site: SiteID(site), closedOn: on, reason: reason)
            try await OperationRun.record(source: "cli:site close") { try await $0.run(command) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sites.")

        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            try await OperationRun.list(format) { listings in
                let rows: [[Cell]] = try await listings.sites().map { site in
                    [.text(site.id.rawValue), .text(site.name), .text(site.country.rawValue), .text(site.timeZoneID.rawValue),
                     .integer(site.seats), .list(site.languages.map(\.rawValue)),
                     .decimal(Double(site.maximumShiftMinutes) / 60), .text(site.isClosed ? "closed" : "open")]
                }
                return OutputTable(columns: ["site_id", "name", "country", "timezone", "seats", "languages",
                                             "max_shift_hours", "status"], rows: rows)
            }
        }
    }
}
