import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation
import Scorecards

/// `callboard report awards --site S [--month 2026-11] [--agent A]`.
struct AwardsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards",
        abstract: "Agent-of-the-month standings of a site's local month, with every scorecard component.",
        discussion: """
            Each metric: raw (the agent's figure), n (observations), norm (raw against target, capped), \
            cred (n / (n + k), the weight of the agent's own figure), shrunk (cred x norm + (1 - cred) x the \
            site mean), weight, pts (weight x shrunk x 100). score: the sum of the points. Ineligible agents \
            are listed with every reason. A closed month shows the granted result and, labelled as later data, \
            what data arriving after the award would change. --agent shows one agent's components.
            """)

    @Option(help: "The site id, e.g. MNL.") var site: String
    @Option(help: "The site's local month, YYYY-MM; by default this month on the site's clock.", transform: MonthArgument.parse)
    var month: LocalMonth?
    @Option(help: "Show this agent's scorecard components, one metric per row.") var agent: String?
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let (month, result) = try await options.withSession { [self] session in
            let scope = ReportScope(sites: [SiteID(site)], agents: agent.map { [AgentID($0)] } ?? [])
            let clock = try await session.check(scope, clockOfSite: SiteID(site))
            let month = self.month ?? LocalMonth(containing: ReportScope.today(on: clock, at: options.knownAtOrNow(on: clock)))
            return (month, try await session.answer(AwardsReport(siteID: SiteID(site), month: month), clock: clock))
        }
        let view = AwardsView(result.output)
        let table: OutputTable, terminal: [String]
        if let agent {
            guard let entry = result.output.standings.entry(for: AgentID(agent)) else {
                throw ValidationError("agent \(agent) has no facts at site \(site) in \(month)")
            }
            (table, terminal) = (view.components(of: entry), AwardsView.componentColumns)
        } else {
            (table, terminal) = (view.standingsTable, view.terminalColumns)
        }
        ReportPrinter(format: options.format).print(table, terminalColumns: terminal, details: view.details, result: result)
    }
}
