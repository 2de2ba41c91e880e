import CallboardDomain
import Foundation

/// What a report checks before it is answered: that the site, account or queue ids it was
/// given exist (and the agent, for `report awards --agent`) (an unknown one throws `UnknownID`, exit 65, with the likely meant id), and
/// which clock its default day, week or month is read on: the site's timezone for site
/// reports, the account's market timezone (or --tz) for account reports. The check runs in
/// the report's session against the caught-up read models (``ReportSession/check(_:clockOfSite:clockOfAccount:)``).
struct ReportScope: Sendable {
    var sites: [SiteID] = []
    var accounts: [AccountID] = []
    var queues: [QueueID] = []
    var agents: [AgentID] = []

    /// The day it is at `instant` (now, or `--as-of`) on `clock`.
    static func today(on clock: TimeZoneID?, at instant: Date) -> LocalDate {
        LocalDateTime(instant, in: clock?.timeZone ?? .gmt).date
    }
}
