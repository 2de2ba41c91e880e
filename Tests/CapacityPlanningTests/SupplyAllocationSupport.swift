import CapacityPlanning
import Testing

/// A seeded generator (SplitMix64) for the allocation's random instances.
struct Seeded: RandomNumberGenerator {
    private var state: UInt64

    init(_ seed: Int) { state = UInt64(bitPattern: Int64(seed)) &* 0x2545_F491_4F6C_DD1D }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random allocation problem and the checks every allocation of it must pass.
struct Instance: CustomStringConvertible {
    let agents: [AgentSupply]
    let queues: [QueueDemand]

    static func random(_ random: inout Seeded, agents: ClosedRange<Int>, queues: ClosedRange<Int>,
                       units: ClosedRange<Int>, demand: ClosedRange<Int>) -> Instance {
        let queueIDs = (0..<Int.random(in: queues, using: &random)).map { "Q\($0)" }
        let sites = ["CEB", "MNL", "SOF"].prefix(Int.random(in: 1...3, using: &random))
        let agentRows = (0..<Int.random(in: agents, using: &random)).map { n in
            AgentSupply(agentID: "A\(n)", siteID: sites.randomElement(using: &random)!,
                        units: Bool.random(using: &random) || units.lowerBound > 0 ? Int.random(in: units, using: &random) : units.lowerBound,
                        queueIDs: queueIDs.filter { _ in Int.random(in: 0..<3, using: &random) > 0 })
        }
        let queueRows = queueIDs.map {
            QueueDemand(queueID: $0, units: Int.random(in: demand, using: &random),
                        priority: Bool.random(using: &random) ? .contractSLA : .noContractSLA)
        }
        return Instance(agents: agentRows, queues: queueRows)
    }

    var description: String {
        "agents " + agents.map { "\($0.agentID)@\($0.siteID):\($0.units)\($0.queueIDs)" }.joined(separator: " ")
            + " queues " + queues.map { "\($0.queueID):\($0.units)/p\($0.priority.rank)" }.joined(separator: " ")
    }

    /// Nobody over their time or on a queue they cannot serve, no queue over its demand, and
    /// the queue, agent and site rows telling the same story.
    func checkInvariants(_ result: SupplyAllocation) {
        #expect(result.agents.map(\.agentID) == agents.map(\.agentID))
        #expect(result.queues.map(\.queueID) == queues.map(\.queueID))
        var perQueue: [String: Int] = [:], perQueueSite: [String: [String: Int]] = [:]
        for (row, agent) in zip(result.agents, agents) {
            #expect(row.allocated <= agent.units, "\(agent.agentID) over their time")
            #expect(row.siteID == agent.siteID && row.units == agent.units)
            for share in row.queues {
                #expect(share.units > 0)
                #expect(agent.queueIDs.contains(share.id), "\(agent.agentID) on \(share.id), not eligible")
                perQueue[share.id, default: 0] += share.units
                perQueueSite[share.id, default: [:]][agent.siteID, default: 0] += share.units
            }
        }
        for (row, queue) in zip(result.queues, queues) {
            #expect(row.allocated <= queue.units, "\(queue.queueID) over its demand")
            #expect(row.gap == queue.units - row.allocated && row.gap >= 0)
            #expect(row.allocated == perQueue[queue.queueID] ?? 0)
            #expect(row.bySite.map(\.units).reduce(0, +) == row.allocated)
            #expect(Dictionary(uniqueKeysWithValues: row.bySite.map { ($0.id, $0.units) }) == (perQueueSite[queue.queueID] ?? [:]))
            let pool = agents.filter { $0.units > 0 && $0.queueIDs.contains(queue.queueID) }
            #expect(row.poolAgents == pool.count && row.poolUnits == pool.map(\.units).reduce(0, +))
        }
        // Site views add up to the network view.
        #expect(result.sites.map(\.siteID) == Set(agents.map(\.siteID)).sorted())
        #expect(result.sites.map(\.allocated).reduce(0, +) == result.allocated)
        #expect(result.sites.map(\.units).reduce(0, +) == agents.map(\.units).reduce(0, +))
        for site in result.sites {
            let own = result.agents.filter { $0.siteID == site.siteID }
            #expect(site.units == own.map(\.units).reduce(0, +))
            #expect(site.agents == own.filter { $0.units > 0 }.count)
            for share in site.queues {
                #expect(share.units == own.flatMap(\.queues).filter { $0.id == share.id }.map(\.units).reduce(0, +))
            }
        }
    }

    /// Whether some agent with idle time reaches a short queue through the residual network:
    /// idle agent -> eligible queue -> an agent already on it (who could move) -> their queues ...
    func hasAugmentingPath(_ result: SupplyAllocation) -> Bool {
        let gap = Dictionary(uniqueKeysWithValues: result.queues.map { ($0.queueID, $0.gap) })
        var onQueue: [String: [Int]] = [:]
        for (a, row) in result.agents.enumerated() { for share in row.queues { onQueue[share.id, default: []].append(a) } }
        var seenAgents = Set(result.agents.indices.filter { result.agents[$0].idle > 0 })
        var frontier = Array(seenAgents)
        var seenQueues = Set<String>()
        while let a = frontier.popLast() {
            for queue in agents[a].queueIDs where seenQueues.insert(queue).inserted {
                if gap[queue, default: 0] > 0 { return true }
                for other in onQueue[queue] ?? [] where seenAgents.insert(other).inserted { frontier.append(other) }
            }
        }
        return false
    }
}

/// The optimum of a tiny instance by enumerating every integer assignment.
struct BruteForce {
    private(set) var maxTotal = 0
    private(set) var maxContract = 0
    /// The best worst fill ratio (allocated / demand) over the contract queues with demand.
    private(set) var bestContractFill = -1.0

    init(_ instance: Instance) {
        let queueIndex = Dictionary(uniqueKeysWithValues: instance.queues.enumerated().map { ($1.queueID, $0) })
        let eligible = instance.agents.map { $0.queueIDs.compactMap { queueIndex[$0] } }
        var given = [Int](repeating: 0, count: instance.queues.count)
        search(agent: 0, instance, eligible, &given)
    }

    private mutating func search(agent: Int, _ instance: Instance, _ eligible: [[Int]], _ given: inout [Int]) {
        guard agent < instance.agents.count else { return record(instance, given) }
        spread(instance.agents[agent].units, over: eligible[agent][...], agent: agent, instance, eligible, &given)
    }

    /// Every way to give at most `left` units to `queues`, each within its remaining demand.
    private mutating func spread(_ left: Int, over queues: ArraySlice<Int>, agent: Int, _ instance: Instance,
                                 _ eligible: [[Int]], _ given: inout [Int]) {
        guard let q = queues.first else { return search(agent: agent + 1, instance, eligible, &given) }
        for units in 0...min(left, instance.queues[q].units - given[q]) {
            given[q] += units
            spread(left - units, over: queues.dropFirst(), agent: agent, instance, eligible, &given)
            given[q] -= units
        }
    }

    private mutating func record(_ instance: Instance, _ given: [Int]) {
        maxTotal = max(maxTotal, given.reduce(0, +))
        let contract = instance.queues.indices.filter { instance.queues[$0].priority == .contractSLA }
        maxContract = max(maxContract, contract.map { given[$0] }.reduce(0, +))
        let fills = contract.filter { instance.queues[$0].units > 0 }.map { Double(given[$0]) / Double(instance.queues[$0].units) }
        if let worst = fills.min() { bestContractFill = max(bestContractFill, worst) }
    }
}
