import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections

/// `callboard report roster --site S`.
struct RosterReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "Who works at a site: status, languages and channels (agents who left are not listed).")

    @Option(help: "The site id, e.g. MNL.") var site: String
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let result = try await options.withSession { [site] session in
            let clock = try await session.check(ReportScope(sites: [SiteID(site)]), clockOfSite: SiteID(site))
            return try await session.answer(RosterReport(siteID: SiteID(site)), clock: clock)
        }
        ReportPrinter(format: options.format).print(
            RosterDefinition.table(result.output, meta: RosterDefinition.meta(result.output)),
            terminalColumns: ["agent_id", "name", "status", "status_since", "languages"], result: result)
    }
}
