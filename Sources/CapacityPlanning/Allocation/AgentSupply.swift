/// One agent's time on one day (or one interval) and the queues the agent may serve: the
/// supply side of ``SupplyAllocator``.
///
/// Exists so the allocation does not care what "eligible" means: the caller decides (certified
/// on the queue's program, speaking its language, on its channel, live that day) and passes the
/// result as a list of queue ids. `units` is whole minutes for a day's plan, or 1 for an agent
/// in an interval of an intraday plan: the allocator only adds and compares them.
public struct AgentSupply: Sendable, Hashable, Codable {
    public let agentID: String
    /// The site the agent works at: site views are formed from it.
    public let siteID: String
    /// The time the agent can give (minutes, or agent-intervals); not negative.
    public let units: Int
    /// The queues the agent is eligible for.
    public let queueIDs: [String]

    public init(agentID: String, siteID: String, units: Int, queueIDs: [String]) {
        self.agentID = agentID
        self.siteID = siteID
        self.units = units
        self.queueIDs = queueIDs
    }
}
