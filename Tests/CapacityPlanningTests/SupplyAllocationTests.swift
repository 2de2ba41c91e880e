import CapacityPlanning
import Testing

/// Issue 13, item 1: each agent's time allocated once across the queues they may serve, the
/// most possible in total, contract SLAs first, the shortfall shared by largest relative gap.
@Suite("Supply allocated once: agents across queues, by priority and gap")
struct SupplyAllocationTests {
    // MARK: - Examples

    @Test func aMultiSkilledAgentIsCountedOnceNotOnEveryQueue() throws {
        let agents = [AgentSupply(agentID: "ana", siteID: "CEB", units: 480, queueIDs: ["A", "B", "C"])]
        let queues = ["A", "B", "C"].map { QueueDemand(queueID: $0, units: 480, priority: .contractSLA) }
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.allocated == 480)
        #expect(result.queues.map(\.poolAgents) == [1, 1, 1])
        #expect(result.queues.map(\.poolUnits) == [480, 480, 480])
        #expect(result.agents[0].allocated == 480)
    }

    @Test func anAgentOnlyOneQueueCanUseIsNotSpentOnAnotherThatOthersCover() throws {
        // Greedy by queue would give "flex" to A first and leave B short.
        let agents = [AgentSupply(agentID: "flex", siteID: "MNL", units: 8, queueIDs: ["A", "B"]),
                      AgentSupply(agentID: "a-only", siteID: "MNL", units: 8, queueIDs: ["A"])]
        let queues = [QueueDemand(queueID: "A", units: 8, priority: .contractSLA),
                      QueueDemand(queueID: "B", units: 8, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queues.map(\.allocated) == [8, 8])
        #expect(result.agents.map(\.queues) == [[AllocatedUnits(id: "B", units: 8)], [AllocatedUnits(id: "A", units: 8)]])
    }

    @Test func aShortContractQueueIsFilledBeforeABestEffortQueueThatCompetesForTheSameAgents() throws {
        let agents = (1...3).map { AgentSupply(agentID: "ag\($0)", siteID: "CEB", units: 10, queueIDs: ["EMAIL", "VOICE"]) }
        // Given first, and larger in relative gap: the best-effort queue still waits for the SLA queue.
        let queues = [QueueDemand(queueID: "EMAIL", units: 40, priority: .noContractSLA),
                      QueueDemand(queueID: "VOICE", units: 25, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queue("VOICE")?.allocated == 25)
        #expect(result.queue("VOICE")?.gap == 0)
        #expect(result.queue("EMAIL")?.allocated == 5)
        #expect(result.queue("EMAIL")?.gap == 35)
    }

    @Test func withinAClassTheShortfallIsSharedByRelativeGap() throws {
        // 60 units for 100 + 50 of demand: both queues end 40% short.
        let agents = (1...6).map { AgentSupply(agentID: "ag\($0)", siteID: "SOF", units: 10, queueIDs: ["BIG", "SMALL"]) }
        let queues = [QueueDemand(queueID: "BIG", units: 100, priority: .contractSLA),
                      QueueDemand(queueID: "SMALL", units: 50, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queues.map(\.allocated) == [40, 20])
    }

    @Test func aSmallQueueIsNotStarvedByTheRoundingOfALargeOne() throws {
        // 2 units for demands of 1 and 4: 1 each leaves the worst queue at 25%, not 0%.
        let agents = [AgentSupply(agentID: "ana", siteID: "MNL", units: 2, queueIDs: ["LARGE", "SMALL"])]
        let queues = [QueueDemand(queueID: "SMALL", units: 1, priority: .contractSLA),
                      QueueDemand(queueID: "LARGE", units: 4, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queues.map(\.allocated) == [1, 1])
    }

    @Test func aQueueWithItsOwnAgentsIsNotLevelledDownToTheOthers() throws {
        // SMALL has a dedicated agent; the shared agents then go to BIG, not levelled to SMALL's ratio.
        let agents = [AgentSupply(agentID: "own", siteID: "SOF", units: 50, queueIDs: ["SMALL"]),
                      AgentSupply(agentID: "shared", siteID: "SOF", units: 30, queueIDs: ["BIG", "SMALL"])]
        let queues = [QueueDemand(queueID: "BIG", units: 100, priority: .contractSLA),
                      QueueDemand(queueID: "SMALL", units: 50, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queues.map(\.allocated) == [30, 50])
    }

    @Test func siteViewsShowEachSitesAgentsAndShareOfEachQueue() throws {
        let agents = [AgentSupply(agentID: "c1", siteID: "CEB", units: 5, queueIDs: ["TAB-EN"]),
                      AgentSupply(agentID: "c2", siteID: "CEB", units: 5, queueIDs: ["TAB-EN", "TAB-ES"]),
                      AgentSupply(agentID: "m1", siteID: "MNL", units: 4, queueIDs: ["TAB-ES"]),
                      AgentSupply(agentID: "m2", siteID: "MNL", units: 3, queueIDs: [])]
        let queues = [QueueDemand(queueID: "TAB-EN", units: 8, priority: .contractSLA),
                      QueueDemand(queueID: "TAB-ES", units: 6, priority: .contractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queue("TAB-EN")?.bySite == [AllocatedUnits(id: "CEB", units: 8)])
        #expect(result.queue("TAB-ES")?.bySite == [AllocatedUnits(id: "CEB", units: 2), AllocatedUnits(id: "MNL", units: 4)])
        #expect(result.site("CEB") == SiteAllocation(siteID: "CEB", agents: 2, units: 10,
                                                     queues: [AllocatedUnits(id: "TAB-EN", units: 8), AllocatedUnits(id: "TAB-ES", units: 2)]))
        #expect(result.site("MNL")?.idle == 3)
        #expect(result.sites.map(\.allocated).reduce(0, +) == result.allocated)
    }

    @Test func perIntervalAgentsAreOneUnitEach() throws {
        // The intraday use: one unit per agent in the interval, demand in agents.
        let agents = ["a", "b", "c"].map { AgentSupply(agentID: $0, siteID: "BOG", units: 1, queueIDs: ["CHAT", "VOICE"]) }
        let queues = [QueueDemand(queueID: "VOICE", units: 2, priority: .contractSLA),
                      QueueDemand(queueID: "CHAT", units: 2, priority: .noContractSLA)]
        let result = try SupplyAllocator().allocate(agents: agents, queues: queues)
        #expect(result.queues.map(\.allocated) == [2, 1])
        #expect(result.agents.allSatisfy { $0.queues.count == 1 && $0.allocated == 1 })
    }

    @Test func badInputIsAClearErrorNamingTheRow() {
        let queue = QueueDemand(queueID: "Q", units: 5, priority: .contractSLA)
        let agent = AgentSupply(agentID: "ana", siteID: "CEB", units: 5, queueIDs: ["Q"])
        #expect(throws: SupplyAllocationError.negativeUnits(agentID: "bo", units: -1)) {
            try SupplyAllocator().allocate(agents: [AgentSupply(agentID: "bo", siteID: "CEB", units: -1, queueIDs: [])], queues: [queue])
        }
        #expect(throws: SupplyAllocationError.negativeDemand(queueID: "Q", units: -5)) {
            try SupplyAllocator().allocate(agents: [agent], queues: [QueueDemand(queueID: "Q", units: -5, priority: .contractSLA)])
        }
        #expect(throws: SupplyAllocationError.duplicateAgent("ana")) { try SupplyAllocator().allocate(agents: [agent, agent], queues: [queue]) }
        #expect(throws: SupplyAllocationError.duplicateQueue("Q")) { try SupplyAllocator().allocate(agents: [agent], queues: [queue, queue]) }
        #expect(throws: SupplyAllocationError.unknownQueue(agentID: "cy", queueID: "NOPE")) {
            try SupplyAllocator().allocate(agents: [AgentSupply(agentID: "cy", siteID: "CEB", units: 5, queueIDs: ["NOPE"])], queues: [queue])
        }
        #expect(SupplyAllocationError.unknownQueue(agentID: "cy", queueID: "NOPE").description
            == "agent cy: eligible queue NOPE has no demand row")
    }

    @Test func nothingToAllocateGivesEmptyRows() throws {
        let result = try SupplyAllocator().allocate(agents: [], queues: [QueueDemand(queueID: "Q", units: 9, priority: .contractSLA)])
        #expect(result.queues == [QueueAllocation(queueID: "Q", priority: .contractSLA, demand: 9, poolAgents: 0, poolUnits: 0,
                                                  allocated: 0, bySite: [])])
        #expect(result.gap == 9)
        #expect(result.sites.isEmpty)
    }

    // MARK: - Properties on seeded random instances

    @Test(arguments: 0..<300)
    func tinyInstancesMatchTheBruteForceOptimum(seed: Int) throws {
        var random = Seeded(seed)
        let instance = Instance.random(&random, agents: 2...4, queues: 2...3, units: 0...3, demand: 0...5)
        let result = try SupplyAllocator().allocate(agents: instance.agents, queues: instance.queues)
        instance.checkInvariants(result)
        let best = BruteForce(instance)
        #expect(result.allocated == best.maxTotal, "total below the optimum: \(instance)")
        let contract = result.queues.filter { $0.priority == .contractSLA }
        #expect(contract.map(\.allocated).reduce(0, +) == best.maxContract, "contract SLA queues not served first: \(instance)")
        // Max-min fairness on the fill ratio of the contract class, to within 1 / its largest demand.
        let short = contract.filter { $0.demand > 0 }
        if let worst = short.map({ Double($0.allocated) / Double($0.demand) }).min() {
            let tolerance = 1 / Double(short.map(\.demand).max()!) + 1e-9
            #expect(worst >= best.bestContractFill - tolerance, "fill \(worst) vs \(best.bestContractFill): \(instance)")
        }
    }

    @Test(arguments: 0..<200)
    func largerInstancesLeaveNoSupplyIdleWhereAnEligibleQueueIsShort(seed: Int) throws {
        var random = Seeded(1_000 + seed)
        let instance = Instance.random(&random, agents: 5...40, queues: 2...8, units: 0...480, demand: 0...2_400)
        let result = try SupplyAllocator().allocate(agents: instance.agents, queues: instance.queues)
        instance.checkInvariants(result)
        #expect(!instance.hasAugmentingPath(result), "idle supply could reach a short queue: \(instance)")
    }

    @Test(arguments: 0..<50)
    func sameInputSameOutputWhateverTheOrderOfTheAgents(seed: Int) throws {
        var random = Seeded(5_000 + seed)
        let instance = Instance.random(&random, agents: 5...60, queues: 2...6, units: 0...480, demand: 0...3_000)
        let first = try SupplyAllocator().allocate(agents: instance.agents, queues: instance.queues)
        #expect(try SupplyAllocator().allocate(agents: instance.agents, queues: instance.queues) == first)
        var shuffled = instance.agents
        shuffled.shuffle(using: &random)
        let again = try SupplyAllocator().allocate(agents: shuffled, queues: instance.queues)
        #expect(again.queues == first.queues)
        #expect(again.sites == first.sites)
        #expect(again.agents.sorted { $0.agentID < $1.agentID } == first.agents.sorted { $0.agentID < $1.agentID })
    }
}
