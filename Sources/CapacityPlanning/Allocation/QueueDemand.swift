/// One queue's demand on one day (or interval), in the units of ``AgentSupply/units``, and the
/// priority it is served with when supply is short.
///
/// Exists as the demand side of ``SupplyAllocator``: required agent-minutes for a day, or
/// required agents for an interval.
public struct QueueDemand: Sendable, Hashable, Codable {
    public let queueID: String
    /// Required time (minutes, or agents in an interval); not negative.
    public let units: Int
    public let priority: AllocationPriority

    public init(queueID: String, units: Int, priority: AllocationPriority) {
        self.queueID = queueID
        self.units = units
        self.priority = priority
    }
}
