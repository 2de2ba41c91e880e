/// One agent's row of a ``SupplyAllocation``: their time split across queues.
///
/// Exists so a scheduler can see which queue each person is planned on; the split sums to at
/// most the agent's time, so nobody is counted twice.
public struct AgentAllocation: Sendable, Hashable, Codable {
    public let agentID: String
    public let siteID: String
    public let units: Int
    /// Units per queue, by queue id (queues with none are left out).
    public let queues: [AllocatedUnits]

    public var allocated: Int { queues.reduce(0) { $0 + $1.units } }
    /// Time no eligible queue needed.
    public var idle: Int { units - allocated }

    public init(agentID: String, siteID: String, units: Int, queues: [AllocatedUnits]) {
        self.agentID = agentID
        self.siteID = siteID
        self.units = units
        self.queues = queues
    }
}
