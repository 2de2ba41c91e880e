import Foundation
import CapacityPlanning

/// A synthetic season shaped like the full demo world, for the allocation benchmark: 44 queues
/// in 6 accounts, 1,500 agents at 5 sites, 42 days. Each agent works for one account and is
/// eligible for 1 to 4 of its queues; 1 in 20 is also eligible for a queue of another account,
/// which ties the accounts into larger problems. About 2 in 7 agents are off on a given day;
/// demand runs from half to one and a half times what the account's agents can give, and two
/// queues in three have a contractual SLA. Seeded, so every run allocates the same season.
struct AllocationSeason {
    let days: [(agents: [AgentSupply], queues: [QueueDemand])]

    static func generate(seed: UInt64 = 2026, agents agentCount: Int = 1_500, days dayCount: Int = 42) -> AllocationSeason {
        var random = SplitMix(state: seed)
        let accounts = [8, 8, 7, 7, 7, 7]  // 44 queues
        var queueIDs: [[String]] = []
        for (a, count) in accounts.enumerated() { queueIDs.append((0..<count).map { "ACC\(a)-Q\($0)" }) }
        let sites = ["CEB", "MNL", "SCZ", "SOF", "BOG"]
        let allQueues = queueIDs.flatMap { $0 }
        let priority = Dictionary(uniqueKeysWithValues: allQueues.enumerated().map { ($1, $0 % 3 == 2 ? AllocationPriority.noContractSLA : .contractSLA) })

        var roster: [(id: String, site: String, account: Int, queues: [String])] = []
        for n in 0..<agentCount {
            let account = random.below(accounts.count)
            var queues = Set([queueIDs[account][random.below(accounts[account])]])
            for _ in 0..<random.below(4) { queues.insert(queueIDs[account][random.below(accounts[account])]) }
            if random.below(20) == 0 { queues.insert(allQueues[random.below(allQueues.count)]) }
            roster.append((String(format: "AG%05d", n), sites[random.below(sites.count)], account, queues.sorted()))
        }
        var days: [(agents: [AgentSupply], queues: [QueueDemand])] = []
        for _ in 0..<dayCount {
            let agents = roster.map { agent in
                AgentSupply(agentID: agent.id, siteID: agent.site, units: random.below(7) < 2 ? 0 : 450 + 30 * random.below(2),
                            queueIDs: agent.queues)
            }
            var supplyPerQueue: [String: Int] = [:]
            for (agent, day) in zip(roster, agents) {
                for queue in agent.queues { supplyPerQueue[queue, default: 0] += day.units / agent.queues.count }
            }
            let queues = allQueues.map { id in
                QueueDemand(queueID: id, units: (supplyPerQueue[id] ?? 0) * (50 + random.below(101)) / 100, priority: priority[id]!)
            }
            days.append((agents, queues))
        }
        return AllocationSeason(days: days)
    }
}

/// A small, fast, seeded generator (SplitMix64), so the season is the same on every platform.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
