import CallboardReports
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
        let (instant, result) = try await options.withSession { [self] session in
            let clock = try await session.check(ReportScope(sites: [SiteID(site)], accounts: account.map { [AccountID($0)] } ?? []),
                                                clockOfSite: SiteID(site))
            let instant = options.knownAtOrNow(on: clock)
            return (instant, try await session.answer(CertificationsReport(
                siteID: SiteID(site), accountID: account.map { AccountID($0) }, at: instant, expiringWithin: expiringWithin), clock: clock))
        }
        let meta: [(String, Cell)] = [
            ("site_id", .text(site)), ("account_id", .optional(account)), ("judged_at", .instant(instant)),
            ("expiring_within_days", .optional(expiringWithin.map { $0 / 86_400 })), ("rows", .integer(result.output.count)),
            ("certified", .integer(result.output.certifiedRows)),
            // Distinct agents: one certified on several programs counts once.
            ("certified_agents", .integer(result.output.certifiedAgents)), ("agents", .integer(result.output.agents)),
        ]
        ReportPrinter(format: options.format).print(
            CertificationsDefinition.table(result.output, meta: meta),
            terminalColumns: ["agent_id", "name", "program_id", "stage", "certified_on", "expires_on"], result: result)
    }
}
