import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation

/// `callboard report readiness --site S | --account A [--expiring-within 30d]`.
struct ReadinessReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Certified headcount per queue, language and site; in training, nesting and expiring.",
        discussion: """
            For each open queue that requires a training program, per site: agents (not left) who speak \
            the queue's language and are certified on its program now (or at --as-of), in training, in \
            nesting, and certified but expiring within the window (default 30d). Every such queue has a row \
            at every site in scope, with 0 where nobody is certified; the header counts distinct agents.
            """)

    @Option(help: "Only agents of this site.") var site: String?
    @Option(help: "Only this client account's queues.") var account: String?
    @Option(help: "The expiry window, e.g. 30d.", transform: DurationArgument.window)
    var expiringWithin: Double = 30 * 86_400
    @OptionGroup var options: ReportOptions

    func validate() throws {
        guard site != nil || account != nil else { throw ValidationError("Give --site, --account or both.") }
    }

    func run() async throws {
        let (instant, result) = try await options.withSession { [self] session in
            let clock = try await session.check(
                ReportScope(sites: site.map { [SiteID($0)] } ?? [], accounts: account.map { [AccountID($0)] } ?? []),
                clockOfSite: site.map { SiteID($0) }, clockOfAccount: account.map { AccountID($0) })
            let instant = options.knownAtOrNow(on: clock)
            return (instant, try await session.answer(ReadinessReport(
                siteID: site.map { SiteID($0) }, accountID: account.map { AccountID($0) }, at: instant,
                expiringWithin: expiringWithin), clock: clock))
        }
        let table = ReadinessDefinition.table(
            result.output, meta: [("site_id", .optional(site)), ("account_id", .optional(account))]
                + ReadinessDefinition.meta(judgedAt: instant, expiringWithinDays: expiringWithin / 86_400, totals: result.output.totals))
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["queue_id", "language", "site_id", "certified", "in_training", "nesting", "expiring"],
            result: result)
    }
}
