import Testing
import StaffingMath

@Suite("Chat with concurrency")
struct ChatStaffingTests {
    let goal = try! StaffingGoal(serviceLevel: ServiceLevelTarget(percent: 80, thresholdSeconds: 60))

    @Test("Concurrency 1 is plain Erlang C")
    func singleChat() throws {
        let load = try OfferedLoad(contacts: 100, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        let chat = try ChatStaffing(load: load, concurrency: 1)
        #expect(try chat.minimumAgents(for: goal) == ErlangC(load: load).minimumAgents(for: goal))
    }

    @Test("Agents are whole people over slots: N agents give N x k servers")
    func slots() throws {
        let load = try OfferedLoad(contacts: 200, intervalSeconds: 1800, averageHandleTimeSeconds: 600)
        let chat = try ChatStaffing(load: load, concurrency: 3)
        let slotsNeeded = try ErlangC(load: load).minimumAgents(for: goal)
        let agents = try chat.minimumAgents(for: goal)
        #expect(agents == (slotsNeeded + 2) / 3)
        #expect(chat.performance(agents: agents, thresholdSeconds: 60) == ErlangC(load: load).performance(agents: agents * 3, thresholdSeconds: 60))
        #expect(chat.performance(agents: agents, thresholdSeconds: 60).serviceLevel >= 0.8)
        #expect(chat.performance(agents: agents - 1, thresholdSeconds: 60).serviceLevel < 0.8)
        let requirement = try chat.requirement(for: goal, shrinkage: Shrinkage(0.25))
        #expect(requirement.agents == agents)
        #expect(requirement.scheduledAgents == Int((Double(agents) / 0.75).rounded(.up)))
    }

    @Test("Never more agents than the AHT / k shortcut, and far fewer than one chat at a time")
    func againstShortcut() throws {
        for (chats, aht, k) in [(200.0, 600.0, 3), (60.0, 900.0, 2), (1000.0, 480.0, 4)] {
            let load = try OfferedLoad(contacts: chats, intervalSeconds: 1800, averageHandleTimeSeconds: aht)
            let slotModel = try ChatStaffing(load: load, concurrency: k).minimumAgents(for: goal)
            let shortcut = try ErlangC(contacts: chats, intervalSeconds: 1800, averageHandleTimeSeconds: aht / Double(k))
                .minimumAgents(for: goal)
            let oneAtATime = try ErlangC(load: load).minimumAgents(for: goal)
            #expect(slotModel <= shortcut)
            #expect(slotModel < oneAtATime)
        }
    }

    @Test("With patience the slots are an Erlang A queue")
    func abandonment() throws {
        let load = try OfferedLoad(contacts: 300, intervalSeconds: 1800, averageHandleTimeSeconds: 600)
        let patient = try ChatStaffing(load: load, concurrency: 2, meanPatienceSeconds: 300)
        let strict = try ChatStaffing(load: load, concurrency: 2)
        let requirement = try patient.requirement(for: goal)
        #expect(requirement.probabilityOfAbandonment != nil)
        #expect(requirement.agents <= (try strict.minimumAgents(for: goal)))
    }

    @Test("Concurrency below one is refused")
    func concurrency() throws {
        let load = try OfferedLoad(contacts: 10, intervalSeconds: 1800, averageHandleTimeSeconds: 600)
        #expect(throws: StaffingInputError.concurrencyBelowOne(0)) { try ChatStaffing(load: load, concurrency: 0) }
    }
}
