/// One site's view of a ``SupplyAllocation``: its own agents, their time, and the share of each
/// queue's demand allocated to them.
///
/// Exists so a site director sees their site, not the network: the site views add up to the
/// network view (every agent belongs to one site, every allocated unit to one agent).
public struct SiteAllocation: Sendable, Hashable, Codable {
    public let siteID: String
    /// The site's agents with time that day.
    public let agents: Int
    public let units: Int
    /// What the site's agents are allocated to, per queue id.
    public let queues: [AllocatedUnits]

    public var allocated: Int { queues.reduce(0) { $0 + $1.units } }
    public var idle: Int { units - allocated }

    public init(siteID: String, agents: Int, units: Int, queues: [AllocatedUnits]) {
        self.siteID = siteID
        self.agents = agents
        self.units = units
        self.queues = queues
    }
}
