/// The allocation of one day's (or one interval's) supply across queues, each agent counted
/// once: the result of ``SupplyAllocator/allocate(agents:queues:)``.
///
/// Exists as the network view a capacity plan reads, with the site views that add up to it.
public struct SupplyAllocation: Sendable, Hashable, Codable {
    /// One row per queue, in the order the queues were given.
    public let queues: [QueueAllocation]
    /// One row per agent, in the order the agents were given.
    public let agents: [AgentAllocation]
    /// One row per site that has agents, by site id.
    public let sites: [SiteAllocation]

    public init(queues: [QueueAllocation], agents: [AgentAllocation], sites: [SiteAllocation]) {
        self.queues = queues
        self.agents = agents
        self.sites = sites
    }

    public var demand: Int { queues.reduce(0) { $0 + $1.demand } }
    public var allocated: Int { queues.reduce(0) { $0 + $1.allocated } }
    public var gap: Int { demand - allocated }

    /// The row of `queueID`, if it was given.
    public func queue(_ queueID: String) -> QueueAllocation? { queues.first { $0.queueID == queueID } }
    /// The view of `siteID`, if it has agents.
    public func site(_ siteID: String) -> SiteAllocation? { sites.first { $0.siteID == siteID } }
}
