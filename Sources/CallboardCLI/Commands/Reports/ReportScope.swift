import CallboardDomain
import CallboardOperations
import CallboardProjections
import Foundation

/// What a report checks before it is answered: that the site, account or queue ids it was
/// given exist (and the agent, for `report awards --agent`) (an unknown one throws `UnknownID`, exit 65, with the likely meant id), and
/// which clock its default day, week or month is read on: the site's timezone for site
/// reports, the account's market timezone (or --tz) for account reports.
struct ReportScope: Sendable {
    var sites: [SiteID] = []
    var accounts: [AccountID] = []
    var queues: [QueueID] = []
    var agents: [AgentID] = []

    /// Checks every id; returns the clock of `clockOfSite` or `clockOfAccount` when asked for.
    func check(clockOfSite: SiteID? = nil, clockOfAccount: AccountID? = nil) async throws -> TimeZoneID? {
        let (sites, accounts, queues, agents) = (self.sites, self.accounts, self.queues, self.agents)
        return try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            let listings = Listings(store: store)
            var clock: TimeZoneID?
            for site in sites {
                let state = try await listings.site(site)
                if site == clockOfSite { clock = state.timeZoneID }
            }
            for account in accounts { _ = try await listings.account(account) }
            for queue in queues { _ = try await listings.queue(queue) }
            for agent in agents { _ = try await listings.agent(agent) }
            if let clockOfAccount { clock = try await listings.marketTimeZone(of: clockOfAccount) }
            return clock
        }
    }

    /// The day it is at `instant` (now, or `--as-of`) on `clock`.
    static func today(on clock: TimeZoneID?, at instant: Date) -> LocalDate {
        LocalDateTime(instant, in: clock?.timeZone ?? .gmt).date
    }
}
