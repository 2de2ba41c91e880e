import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation

/// `callboard report sla --account A [--month 2026-11] [--tz ZONE]`.
struct SLAReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Daily and monthly service level of an account's queues against the contract.",
        discussion: """
            service_level: answered (or first-responded) within the SLA threshold / (offered - short abandons), \
            a fraction 0..1 (a percent, cut to a tenth, on the terminal); sla_target: the share the SLA in force \
            asks for (90/24h: 0.9; a first-response SLA recorded before targets were stated: 0.95); sla_met: service_level >= sla_target; aht_seconds: handle seconds / handled; abandon_rate: \
            abandoned / offered. The columns and names are the API's /sla/daily and /sla/monthly (README, \
            "Reports and exports"). Days are each queue's market-local days unless --tz is given; a period \
            whose SLA changed has one row per SLA.
            """)

    @Option(help: "The client account id.") var account: String
    @Option(help: "The month, YYYY-MM; by default this month on the account's market clock (or --tz).", transform: Self.month)
    var month: LocalMonth?
    @Option(help: "Read days on this IANA timezone instead of each queue's market timezone.") var tz: String?
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let result = try await options.withSession { [self] session in
            let clock = try await session.check(ReportScope(accounts: [AccountID(account)]), clockOfAccount: AccountID(account))
            let month = self.month ?? LocalMonth(containing: ReportScope.today(on: tz.map { TimeZoneID($0) } ?? clock, at: options.knownAtOrNow(on: clock)))
            let query = SLAReport(accountID: AccountID(account), month: month, timeZone: tz.map { TimeZoneID($0) })
            return try await session.answer(query, clock: clock)
        }
        let table = ServiceLevelDefinition.table(
            result.output, meta: ServiceLevelDefinition.meta(result.output), zone: tz.flatMap { TimeZoneID($0).timeZone } ?? .utcZone)
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["queue_id", "period", "offered", "service_level", "sla_target", "sla_met", "aht_seconds"],
            result: result)
    }

    private static func month(_ text: String) throws -> LocalMonth {
        guard let month = LocalMonth(parsing: text) else { throw ValidationError("--month must look like 2026-11; got \(text)") }
        guard BusinessCalendar.contains(month.firstDay) else {
            throw ValidationError("--month must be from 1900-01 to 9998-12; got \(text)")
        }
        return month
    }
}
