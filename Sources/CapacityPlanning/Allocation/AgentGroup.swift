/// Agents of one site with the same set of eligible queues, their time added: one node of the
/// allocation network.
///
/// Exists to shrink the network from one node per agent (about 1,500 a day in the full demo
/// world) to one per kind of agent, which is exact: agents who can do the same things are
/// interchangeable for the maximum flow, and the group's flow is split back to them afterwards.
struct AgentGroup: Sendable {
    let siteID: String
    /// Queue indices, ascending.
    let queues: [Int]
    /// Indices of the agents in the input, by agent id.
    var members: [Int]
    var units: Int

    private struct Key: Hashable {
        let siteID: String
        let queues: [Int]
    }

    /// The groups of agents with time and at least one eligible queue, ordered by site then queues.
    static func groups(of agents: [AgentSupply], queueIndex: [String: Int]) throws(SupplyAllocationError) -> [AgentGroup] {
        var seen = Set<String>()
        var byKey: [Key: AgentGroup] = [:]
        for (a, agent) in agents.enumerated() {
            guard agent.units >= 0 else { throw .negativeUnits(agentID: agent.agentID, units: agent.units) }
            guard seen.insert(agent.agentID).inserted else { throw .duplicateAgent(agent.agentID) }
            var queues: [Int] = []
            for id in agent.queueIDs {
                guard let q = queueIndex[id] else { throw .unknownQueue(agentID: agent.agentID, queueID: id) }
                queues.append(q)
            }
            guard agent.units > 0, !queues.isEmpty else { continue }
            let key = Key(siteID: agent.siteID, queues: Array(Set(queues)).sorted())
            byKey[key, default: AgentGroup(siteID: key.siteID, queues: key.queues, members: [], units: 0)].add(a, agent.units)
        }
        return byKey.values
            .map { group in
                var group = group
                group.members.sort { agents[$0].agentID < agents[$1].agentID }
                return group
            }
            .sorted { $0.siteID != $1.siteID ? $0.siteID < $1.siteID : $0.queues.lexicographicallyPrecedes($1.queues) }
    }

    private mutating func add(_ agent: Int, _ time: Int) {
        members.append(agent)
        units += time
    }
}
