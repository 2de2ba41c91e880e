import CallboardDomain

/// The ids a report was given (sites, client accounts, queues, agents), to be checked before it
/// is answered: an unknown one must be an error naming the likely meant id, never an empty
/// report. ``ReportReader/check(_:)`` checks them against the read models in one statement.
public struct NamedIDs: Sendable, Equatable {
    public var sites: [SiteID]
    public var accounts: [AccountID]
    public var queues: [QueueID]
    public var agents: [AgentID]

    public init(sites: [SiteID] = [], accounts: [AccountID] = [], queues: [QueueID] = [], agents: [AgentID] = []) {
        self.sites = sites
        self.accounts = accounts
        self.queues = queues
        self.agents = agents
    }
}

/// What checking ``NamedIDs`` found: the first unknown id (sites first, then accounts, queues
/// and agents, each in the order given), and the clocks a report's default day, week or month
/// is read on: each known site's timezone, and each known account's market clock.
public struct NamedIDsCheck: Sendable, Equatable {
    /// An id that names nothing, with every known id of its kind (to suggest the meant one).
    public struct Unknown: Sendable, Equatable {
        /// `site`, `account`, `queue` or `agent`.
        public let kind: String
        public let id: String
        public let known: [String]
    }

    public let unknown: Unknown?
    public let siteClocks: [SiteID: TimeZoneID]
    /// The timezone most of the account's queues use (ties: the first by name), closed queues
    /// included; UTC when it has no queue yet.
    public let marketClocks: [AccountID: TimeZoneID]
}
