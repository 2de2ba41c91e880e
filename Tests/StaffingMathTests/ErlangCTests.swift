import Foundation
import Testing
import StaffingMath

@Suite("Erlang C")
struct ErlangCTests {
    let canonical = try! ErlangC(contacts: 100, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
    let eightyTwenty = try! StaffingGoal(serviceLevel: ServiceLevelTarget(percent: 80, thresholdSeconds: 20))

    @Test("100 calls per 30 min, AHT 180 s, 80/20: 14 agents, SL 88.8%, 20 scheduled at 30% shrinkage")
    func canonicalExample() throws {
        let requirement = try canonical.requirement(for: eightyTwenty, shrinkage: Shrinkage(0.3))
        #expect(canonical.trafficIntensity == 10)
        #expect(requirement.agents == 14)
        #expect(oneDecimal(requirement.serviceLevel * 100) == "88.8")
        #expect(requirement.scheduledAgents == 20)
        #expect(oneDecimal(requirement.occupancy * 100) == "71.4")
        #expect(oneDecimal(requirement.probabilityOfWaiting * 100) == "17.4")
        #expect(oneDecimal(requirement.averageSpeedOfAnswer) == "7.8")
        #expect(requirement.probabilityOfAbandonment == nil)
    }

    /// The worked example as printed in WFM primers (traffic 10 Erlangs, 80/20), one row
    /// per head count tried: probability of waiting and service level, in percent.
    @Test("Worked-example table, 11 to 14 agents", arguments: [
        (11, "68.2", "39.0"), (12, "44.9", "64.0"), (13, "28.5", "79.6"), (14, "17.4", "88.8"),
    ])
    func workedExampleTable(agents: Int, waiting: String, serviceLevel: String) {
        #expect(oneDecimal(canonical.probabilityOfWaiting(agents: agents) * 100) == waiting)
        #expect(oneDecimal(canonical.serviceLevel(agents: agents, thresholdSeconds: 20) * 100) == serviceLevel)
    }

    /// Erlang B tables (traffic offered to N lines at a grade of service), as printed.
    @Test("Erlang B table values", arguments: [
        (1, 0.0101, 0.01), (2, 0.1526, 0.01), (5, 1.361, 0.01), (10, 4.461, 0.01), (20, 12.031, 0.01),
        (50, 37.901, 0.01), (100, 84.064, 0.01), (10, 5.084, 0.02), (20, 13.182, 0.02),
        (10, 6.216, 0.05), (20, 15.249, 0.05),
    ])
    func erlangBTable(servers: Int, traffic: Double, grade: Double) {
        #expect(isClose(ErlangB.blockingProbability(traffic: traffic, servers: servers), grade, relative: 5e-3))
    }

    @Test("Zero contacts need zero agents and report an idle queue")
    func zeroContacts() throws {
        let idle = try ErlangC(contacts: 0, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        let requirement = try idle.requirement(for: eightyTwenty, shrinkage: Shrinkage(0.3))
        #expect(requirement.agents == 0)
        #expect(requirement.scheduledAgents == 0)
        #expect(requirement.serviceLevel == 1)
        #expect(requirement.averageSpeedOfAnswer == 0)
        #expect(requirement.occupancy == 0)
        #expect(requirement.probabilityOfWaiting == 0)
    }

    @Test("Agents at or below the traffic: SL 0, infinite ASA, no NaN", arguments: [0, 1, 5, 10])
    func overloaded(agents: Int) {
        let performance = canonical.performance(agents: agents, thresholdSeconds: 20)
        #expect(performance.serviceLevel == 0)
        #expect(performance.averageSpeedOfAnswer == .infinity)
        #expect(performance.probabilityOfWaiting == 1)
        #expect(performance.occupancy == 1)
    }

    @Test("One agent, light load: M/M/1 closed form")
    func singleAgent() throws {
        let light = try ErlangC(trafficIntensity: 0.5, averageHandleTimeSeconds: 120)
        // M/M/1: P(wait) = ρ, ASA = ρ AHT / (1 - ρ), SL(t) = 1 - ρ e^{-(1-ρ) t / AHT}.
        #expect(isClose(light.probabilityOfWaiting(agents: 1), 0.5))
        #expect(isClose(light.averageSpeedOfAnswer(agents: 1), 120))
        #expect(isClose(light.serviceLevel(agents: 1, thresholdSeconds: 30), 1 - 0.5 * exp(-0.125)))
        #expect(try light.minimumAgents(for: StaffingGoal(serviceLevel: .init(percent: 50, thresholdSeconds: 0))) == 1)
    }

    @Test("5,000 agents with 4,900 Erlangs: finite figures, no overflow")
    func largeCentre() throws {
        let large = try ErlangC(trafficIntensity: 4900, averageHandleTimeSeconds: 90)
        let performance = large.performance(agents: 5000, thresholdSeconds: 20)
        #expect(performance.serviceLevel.isFinite && performance.serviceLevel > 0.999)
        #expect(performance.probabilityOfWaiting > 0 && performance.probabilityOfWaiting < 0.1)
        #expect(performance.averageSpeedOfAnswer.isFinite)
        #expect(try large.minimumAgents(for: eightyTwenty) == 4907)

        let edge = try ErlangC(trafficIntensity: 4999.5, averageHandleTimeSeconds: 90)
        let tight = edge.performance(agents: 5000, thresholdSeconds: 20)
        #expect(tight.probabilityOfWaiting > 0.9 && tight.probabilityOfWaiting <= 1)
        #expect(tight.averageSpeedOfAnswer.isFinite && tight.averageSpeedOfAnswer > 0)
        #expect(!tight.serviceLevel.isNaN)
    }

    @Test("Tiny and huge loads do not produce NaN")
    func extremeLoads() throws {
        let tiny = try ErlangC(trafficIntensity: 1e-300, averageHandleTimeSeconds: 60)
        #expect(try tiny.minimumAgents(for: eightyTwenty) == 1)
        #expect(tiny.serviceLevel(agents: 1, thresholdSeconds: 20) == 1)
        let huge = try ErlangC(trafficIntensity: 1e12, averageHandleTimeSeconds: 60)
        #expect(throws: StaffingInputError.targetUnreachable(agentLimit: StaffingGoal.defaultAgentLimit)) {
            try huge.minimumAgents(for: eightyTwenty)
        }
        #expect(huge.serviceLevel(agents: 1000, thresholdSeconds: 20) == 0)
    }

    @Test("Occupancy cap raises the head count to A / cap, exactly on the boundary")
    func occupancyCap() throws {
        let load = try ErlangC(trafficIntensity: 17, averageHandleTimeSeconds: 300)
        let goal = try StaffingGoal(serviceLevel: .init(percent: 50, thresholdSeconds: 60), maxOccupancy: 0.85)
        let requirement = try load.requirement(for: goal)
        #expect(requirement.agents == 20)  // 17 / 0.85 = 20 (floating point says 20.000000000000004)
        #expect(requirement.occupancy <= 0.85 + 1e-12)
    }

    @Test("ASA target can drive the head count")
    func answerTimeTarget() throws {
        let goal = try StaffingGoal(serviceLevel: .init(percent: 80, thresholdSeconds: 20), maxAverageSpeedOfAnswer: 3)
        let requirement = try canonical.requirement(for: goal)
        #expect(requirement.agents == 16)
        #expect(requirement.averageSpeedOfAnswer <= 3)
        #expect(canonical.averageSpeedOfAnswer(agents: 15) > 3)
    }

    @Test("Agent limit below the need is reported as unreachable")
    func agentLimit() throws {
        #expect(throws: StaffingInputError.targetUnreachable(agentLimit: 13)) {
            try canonical.minimumAgents(for: eightyTwenty, agentLimit: 13)
        }
        #expect(try canonical.minimumAgents(for: eightyTwenty, agentLimit: 14) == 14)
        let capped = try StaffingGoal(serviceLevel: .init(percent: 80, thresholdSeconds: 20), maxOccupancy: 0.5)
        #expect(throws: StaffingInputError.targetUnreachable(agentLimit: 19)) {
            try canonical.minimumAgents(for: capped, agentLimit: 19)
        }
        #expect(throws: StaffingInputError.nonPositiveAgentLimit(0)) {
            try canonical.minimumAgents(for: eightyTwenty, agentLimit: 0)
        }
    }

    @Test("The found head count is the smallest: one fewer misses the goal")
    func minimality() throws {
        for traffic in [0.3, 2.7, 10, 48, 133.3, 812] {
            for (percent, threshold) in [(80.0, 20.0), (90.0, 10.0), (60.0, 120.0)] {
                let model = try ErlangC(trafficIntensity: traffic, averageHandleTimeSeconds: 240)
                let goal = try StaffingGoal(serviceLevel: .init(percent: percent, thresholdSeconds: threshold))
                let n = try model.minimumAgents(for: goal)
                #expect(model.serviceLevel(agents: n, thresholdSeconds: threshold) >= percent / 100)
                #expect(model.serviceLevel(agents: n - 1, thresholdSeconds: threshold) < percent / 100)
            }
        }
    }
}
