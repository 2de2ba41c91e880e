import ArgumentParser
import CallboardDomain
import CallboardOperations
import CallboardProjections
import Foundation
import Scorecards

/// `callboard awards close`: a site director closes a local month, granting the agent of the
/// month as an event. The standings are those `report awards` shows at that moment; the award
/// keeps them, their settings and a fingerprint of their inputs, and is never rewritten.
struct AwardsCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards",
        abstract: "Close a site's month and grant its agent-of-the-month award.",
        discussion: "See the standings first with `callboard report awards --site S --month M`.",
        subcommands: [Close.self])

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Grant the award of a site's local month to the top of its standings.",
            discussion: """
                Refused while the month is not over on the site's clock, when nobody is eligible, and when the \
                month is already closed: a granted award is never rewritten; later data is shown beside it by \
                `report awards`.
                """)

        @Option(help: "The site id, e.g. MNL.") var site: String
        @Option(help: "The site's local month, YYYY-MM.", transform: MonthArgument.parse) var month: LocalMonth

        func run() async throws {
            let (siteID, month) = (SiteID(site), self.month)
            try await OperationRun.record(source: "cli:awards close") { runner async throws -> [MonthlyAwardEvent] in
                try await ProjectionsCommand.catchUp(runner.store)
                let reader = ReportReader(store: runner.store, logger: CommandLogger.make())
                let standings = try await reader.live(AwardsReport(siteID: siteID, month: month)).output
                if let award = standings.award {
                    throw MonthlyAwardRejection.alreadyGranted(siteID, month, agent: award.agentID, on: award.grantedOn)
                }
                guard let grant = standings.standings.grant(at: Date(), by: OperationRun.actor) else {
                    throw NobodyEligible(siteID: siteID, month: month, agents: standings.standings.entries.count)
                }
                return try await runner.run(MonthlyAwardCommand.grant(grant), source: "cli:awards close")
            }
        }
    }
}

/// Closing a month nobody is eligible in is refused: there is no award to grant.
struct NobodyEligible: DomainRejection {
    let siteID: SiteID
    let month: LocalMonth
    let agents: Int

    var description: String {
        "Nobody is eligible for the award of site \(siteID) in \(month) (\(agents) agents with facts); "
            + "`callboard report awards --site \(siteID) --month \(month)` lists every reason."
    }
}
