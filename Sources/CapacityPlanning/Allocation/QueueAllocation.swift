/// One queue's row of a ``SupplyAllocation``: who could serve it, what it was given, and the gap.
///
/// Exists because "available" used to add every multi-skilled agent to every queue they could
/// work: the pool says who *could* serve the queue, the allocation what it actually gets when
/// each agent is counted once.
public struct QueueAllocation: Sendable, Hashable, Codable {
    public let queueID: String
    public let priority: AllocationPriority
    public let demand: Int
    /// Distinct agents with time that day who are eligible for the queue.
    public let poolAgents: Int
    /// Their time, all of it, as if they served only this queue.
    public let poolUnits: Int
    public let allocated: Int
    /// The allocation per site, by site id (sites with nothing allocated are left out); sums to ``allocated``.
    public let bySite: [AllocatedUnits]

    /// Demand minus allocation: never negative, since no queue gets more than its demand.
    public var gap: Int { demand - allocated }

    public init(queueID: String, priority: AllocationPriority, demand: Int, poolAgents: Int, poolUnits: Int,
                allocated: Int, bySite: [AllocatedUnits]) {
        self.queueID = queueID
        self.priority = priority
        self.demand = demand
        self.poolAgents = poolAgents
        self.poolUnits = poolUnits
        self.allocated = allocated
        self.bySite = bySite
    }
}
