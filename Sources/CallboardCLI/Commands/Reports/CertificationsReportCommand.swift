import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation

/// `callboard report certifications --site S [--account A] [--expiring-within 30d]`.
struct CertificationsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certifications",
        abstract: "Who at a site is certified on which training program, until when, and who is not and why.",
        discussion: """
            One row per agent (not left) and program they have enrolled on, judged now or at --as-of: \
            stage (certified, in training, nesting, failed, expired, revoked, recertify), certified_on, \
            expires (the first day it no longer holds) and the reason a scheduler would be refused.
            """)

    @Option(help: "The site id, e.g. MNL.") var site: String
    @Option(help: "Only this client account's programs.") var account: String?
    @Option(help: "Only agents certified now whose certification ends within this duration, e.g. 30d.",
            transform: DurationArgument.window)
    var expiringWithin: Double?
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let clock = try await ReportScope(sites: [SiteID(site)], accounts: account.map { [AccountID($0)] } ?? [])
            .check(clockOfSite: SiteID(site))
        let instant = options.knownAtOrNow(on: clock)
        let result = try await options.answer(CertificationsReport(
            siteID: SiteID(site), accountID: account.map { AccountID($0) }, at: instant, expiringWithin: expiringWithin), clock: clock)
        let rows: [[OutputCell]] = result.output.map { standing in
            [.text(standing.agentID.rawValue), .text(standing.name), .text(standing.programID.rawValue),
             .text(standing.accountID.rawValue), .text(standing.stage.word),
             standing.certifiedOn.map { .text($0.description) } ?? .none,
             standing.expiresOn.map { .text($0.description) } ?? .none, standing.reason.map(OutputCell.text) ?? .none]
        }
        let table = OutputTable(
            columns: ["agent", "name", "program", "account", "stage", "certified_on", "expires", "reason"], rows: rows)
        var certified = 0
        for standing in result.output { if case .certified = standing.stage { certified += 1 } }
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["agent", "name", "program", "stage", "certified_on", "expires"],
            details: [
                "site": .text(site), "account": account.map(OutputCell.text) ?? .none,
                "judged_at": .text(ReportCell.minute(instant)),
                "expiring_within_days": expiringWithin.map { .decimal($0 / 86_400) } ?? .none,
                "rows": .integer(rows.count), "certified": .integer(certified),
            ],
            result: result)
    }
}
