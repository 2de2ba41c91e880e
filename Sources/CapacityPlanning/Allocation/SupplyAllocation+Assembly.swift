extension SupplyAllocation {
    /// The rows of an allocation from each group's flow per queue: each group's flow is handed
    /// to its agents in id order, queue by queue in the order given, so each agent serves as few
    /// queues as possible and the split is the same every time.
    static func assemble(agents: [AgentSupply], queues: [QueueDemand], groups: [AgentGroup],
                         flows: [[(queue: Int, flow: Int)]]) -> SupplyAllocation {
        var perAgent = [[AllocatedUnits]](repeating: [], count: agents.count)
        var perQueueSite = [[String: Int]](repeating: [:], count: queues.count)
        var poolAgents = [Int](repeating: 0, count: queues.count)
        var poolUnits = [Int](repeating: 0, count: queues.count)
        for (group, groupFlows) in zip(groups, flows) {
            for q in group.queues {
                poolAgents[q] += group.members.count
                poolUnits[q] += group.units
            }
            var member = 0
            var left = group.members.isEmpty ? 0 : agents[group.members[0]].units
            for (q, flow) in groupFlows where flow > 0 {
                perQueueSite[q][group.siteID, default: 0] += flow
                var owed = flow
                while owed > 0 {
                    while left == 0 { member += 1; left = agents[group.members[member]].units }
                    let given = min(left, owed)
                    perAgent[group.members[member]].append(AllocatedUnits(id: queues[q].queueID, units: given))
                    left -= given
                    owed -= given
                }
            }
        }

        let queueRows = queues.indices.map { q in
            let bySite = perQueueSite[q].sorted { $0.key < $1.key }.map { AllocatedUnits(id: $0.key, units: $0.value) }
            return QueueAllocation(queueID: queues[q].queueID, priority: queues[q].priority, demand: queues[q].units,
                                   poolAgents: poolAgents[q], poolUnits: poolUnits[q],
                                   allocated: bySite.reduce(0) { $0 + $1.units }, bySite: bySite)
        }
        let agentRows = agents.indices.map { a in
            AgentAllocation(agentID: agents[a].agentID, siteID: agents[a].siteID, units: agents[a].units,
                            queues: perAgent[a].sorted { $0.id < $1.id })
        }
        var siteAgents: [String: (agents: Int, units: Int)] = [:]
        for agent in agents {
            siteAgents[agent.siteID, default: (0, 0)].units += agent.units
            if agent.units > 0 { siteAgents[agent.siteID, default: (0, 0)].agents += 1 }
        }
        var siteQueues: [String: [AllocatedUnits]] = [:]
        for row in queueRows {
            for share in row.bySite { siteQueues[share.id, default: []].append(AllocatedUnits(id: row.queueID, units: share.units)) }
        }
        let siteRows = siteAgents.keys.sorted().map { site in
            SiteAllocation(siteID: site, agents: siteAgents[site]!.agents, units: siteAgents[site]!.units,
                           queues: (siteQueues[site] ?? []).sorted { $0.id < $1.id })
        }
        return SupplyAllocation(queues: queueRows, agents: agentRows, sites: siteRows)
    }
}
