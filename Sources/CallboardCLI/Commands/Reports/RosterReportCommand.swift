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
        let clock = try await ReportScope(sites: [SiteID(site)]).check(clockOfSite: SiteID(site))
        let result = try await options.answer(RosterReport(siteID: SiteID(site)), clock: clock)
        let roster = result.output
        let rows: [[OutputCell]] = roster.agents.map { agent in
            [.text(agent.agentID.rawValue), .text(agent.name), .text(agent.status.name), .text(agent.statusSince.description),
             .text(agent.hiredOn.description), .list(agent.languages.map { "\($0.language):\($0.proficiency.rawValue)" }),
             .list(agent.skills.map(\.rawValue))]
        }
        let table = OutputTable(columns: ["agent", "name", "status", "since", "hired_on", "languages", "skills"], rows: rows)
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["agent", "name", "status", "since", "languages"],
            details: [
                "site": .text(roster.site.siteID.rawValue), "site_name": .text(roster.site.name),
                "time_zone": .text(roster.site.timeZone.rawValue), "seats": .integer(roster.site.seats),
                "agents": .integer(roster.agents.count),
            ],
            result: result)
    }
}
