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
            sl_pct: answered (or first-responded) within the SLA threshold / (offered - short abandons); \
            target_pct: the SLA in force (first-response SLAs: 95%); met: sl_pct >= target_pct; aht_s: \
            handle seconds / handled; abandon_pct: abandoned / offered. Days are each queue's market-local \
            days unless --tz is given; a period whose SLA changed has one row per SLA.
            """)

    @Option(help: "The client account id.") var account: String
    @Option(help: "The month, YYYY-MM; by default this month on the account's market clock (or --tz).", transform: Self.month)
    var month: CalendarMonth?
    @Option(help: "Read days on this IANA timezone instead of each queue's market timezone.") var tz: String?
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let clock = try await ReportScope(accounts: [AccountID(account)]).check(clockOfAccount: AccountID(account))
        let month = self.month ?? CalendarMonth(containing: ReportScope.today(on: tz.map { TimeZoneID($0) } ?? clock, at: options.knownAtOrNow(on: clock)))
        let query = SLAReport(accountID: AccountID(account), month: month, timeZone: tz.map { TimeZoneID($0) })
        let result = try await options.answer(query, clock: clock)
        let report = result.output
        let rows: [[OutputCell]] = report.rows.map { row in
            let period = switch row.period {
            case let .day(day): day.description
            case let .month(month): month.description
            }
            return [.text(row.queueID.rawValue), .text(row.channel.rawValue), .text(period), .text(row.sla.description),
                    .text(EventJSON.format(row.slaEffectiveFrom)), .integer(row.figures.offered), .integer(row.figures.handled),
                    .integer(row.figures.abandoned), .integer(row.figures.shortAbandoned),
                    .integer(row.figures.answeredWithinThreshold), ReportCell.percent(row.attainment.attained),
                    ReportCell.percent(row.attainment.target), row.attainment.met.map { .text($0 ? "yes" : "no") } ?? .none,
                    ReportCell.tenths(row.figures.averageHandleSeconds), ReportCell.percent(row.abandonRate)]
        }
        let table = OutputTable(
            columns: ["queue", "channel", "period", "sla", "sla_from", "offered", "handled", "abandoned", "short_abandoned",
                      "answered_in_time", "sl_pct", "target_pct", "met", "aht_s", "abandon_pct"],
            rows: rows)
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["queue", "period", "offered", "sl_pct", "target_pct", "met", "aht_s"],
            details: [
                "account": .text(report.accountID.rawValue), "month": .text(report.month.description),
                "time_zone": .text(report.timeZone?.rawValue ?? "each queue's market timezone"),
                "closed": .text(report.closure.map { closure in
                    "\(EventJSON.format(closure.closedAt)) by \(closure.closedBy): the figures as known at "
                        + "\(EventJSON.format(closure.knownAt)) (position \(closure.position)); fingerprint "
                        + (closure.fingerprintMatches ? "matches" : "DIFFERS")
                } ?? "no"),
                "later_corrections": .list(report.laterCorrections.map { row in
                    let period = switch row.period {
                    case let .day(day): day.description
                    case let .month(month): month.description
                    }
                    return "\(row.queueID) \(period): \(row.figures.answeredWithinThreshold)/\(row.figures.offered) in time"
                }),
            ],
            result: result)
    }

    private static func month(_ text: String) throws -> CalendarMonth {
        guard let month = CalendarMonth(parsing: text) else { throw ValidationError("--month must look like 2026-11; got \(text)") }
        guard BusinessCalendar.contains(month.firstDay) else {
            throw ValidationError("--month must be from 1900-01 to 9998-12; got \(text)")
        }
        return month
    }
}
