import Foundation
import Testing
import StaffingMath

@Suite("Erlang A")
struct ErlangATests {
    let eightyTwenty = try! StaffingGoal(serviceLevel: ServiceLevelTarget(percent: 80, thresholdSeconds: 20))

    func model(
        contacts: Double = 100, aht: Double = 180, patience: Double,
        basis: ServiceLevelBasis = .answeredWithinThreshold
    ) throws -> ErlangA {
        try ErlangA(
            contacts: contacts, intervalSeconds: 1800, averageHandleTimeSeconds: aht,
            meanPatienceSeconds: patience, serviceLevelBasis: basis)
    }

    @Test("Canonical interval with 2-minute patience needs fewer agents than Erlang C's 14")
    func canonical() throws {
        let requirement = try model(patience: 120).requirement(for: eightyTwenty, shrinkage: Shrinkage(0.3))
        #expect(requirement.agents == 12)
        #expect(requirement.scheduledAgents == 18)
        #expect(requirement.serviceLevel >= 0.8)
        let abandonment = try #require(requirement.probabilityOfAbandonment)
        #expect(abandonment > 0 && abandonment < 0.1)
    }

    @Test("As patience grows without bound every figure tends to Erlang C's")
    func patienceToInfinity() throws {
        let erlangC = try ErlangC(contacts: 100, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        for basis in [ServiceLevelBasis.answeredWithinThreshold, .waitedWithinThreshold] {
            let patient = try model(patience: 1e9, basis: basis)
            for agents in [11, 14, 20] {
                let a = patient.performance(agents: agents, thresholdSeconds: 20)
                let c = erlangC.performance(agents: agents, thresholdSeconds: 20)
                #expect(isClose(a.probabilityOfWaiting, c.probabilityOfWaiting, relative: 1e-5))
                #expect(isClose(a.serviceLevel, c.serviceLevel, relative: 1e-5))
                #expect(isClose(a.averageSpeedOfAnswer, c.averageSpeedOfAnswer, relative: 1e-5))
                #expect(isClose(a.occupancy, c.occupancy, relative: 1e-5))
                #expect(try #require(a.probabilityOfAbandonment) < 1e-5)
            }
            #expect(try patient.minimumAgents(for: eightyTwenty) == 14)
        }
        // And monotonically: longer patience, closer to Erlang C's head count.
        let counts = try [30.0, 120, 600, 3600, 1e6].map { try model(patience: $0).minimumAgents(for: eightyTwenty) }
        #expect(counts == counts.sorted())
        #expect(counts.last == 14)
    }

    @Test("Never more agents than Erlang C when abandoning callers count as within threshold")
    func fewerThanErlangCWaitedBasis() throws {
        for contacts in [3.0, 40, 100, 600, 2500] {
            for patience in [5.0, 30, 120, 900] {
                for (percent, threshold) in [(80.0, 20.0), (90.0, 60.0), (70.0, 0.0)] {
                    let goal = try StaffingGoal(serviceLevel: .init(percent: percent, thresholdSeconds: threshold))
                    let c = try ErlangC(contacts: contacts, intervalSeconds: 1800, averageHandleTimeSeconds: 240)
                    let a = try model(contacts: contacts, aht: 240, patience: patience, basis: .waitedWithinThreshold)
                    #expect(try a.minimumAgents(for: goal) <= c.minimumAgents(for: goal))
                }
            }
        }
    }

    @Test("Fewer or equal agents than Erlang C for answered-within-threshold at usual patience")
    func fewerThanErlangCAnsweredBasis() throws {
        for contacts in [40.0, 100, 600, 2500] {
            for patience in [60.0, 180, 600] {
                let c = try ErlangC(contacts: contacts, intervalSeconds: 1800, averageHandleTimeSeconds: 240)
                let a = try model(contacts: contacts, aht: 240, patience: patience)
                #expect(try a.minimumAgents(for: eightyTwenty) <= c.minimumAgents(for: eightyTwenty))
            }
        }
    }

    @Test("Service-level bases: equal at threshold 0, answered never above waited")
    func bases() throws {
        let queue = try model(patience: 45)
        for agents in [1, 4, 8, 12, 20] {
            let answered0 = queue.serviceLevel(agents: agents, thresholdSeconds: 0, basis: .answeredWithinThreshold)
            let waited0 = queue.serviceLevel(agents: agents, thresholdSeconds: 0, basis: .waitedWithinThreshold)
            #expect(isClose(answered0, waited0, relative: 1e-12))
            #expect(isClose(answered0, 1 - queue.probabilityOfWaiting(agents: agents), relative: 1e-12))
            for t in [5.0, 20, 300] {
                let answered = queue.serviceLevel(agents: agents, thresholdSeconds: t, basis: .answeredWithinThreshold)
                let waited = queue.serviceLevel(agents: agents, thresholdSeconds: t, basis: .waitedWithinThreshold)
                #expect(answered <= waited + 1e-12)
                #expect(answered <= 1 - queue.probabilityOfAbandonment(agents: agents) + 1e-12)
            }
        }
    }

    @Test("Overloaded queues stay finite: abandonment carries the excess")
    func overloaded() throws {
        let queue = try model(contacts: 1000, patience: 60)  // 100 Erlangs
        for agents in [1, 10, 50, 100] {
            let p = queue.performance(agents: agents, thresholdSeconds: 20)
            for value in [p.serviceLevel, p.averageSpeedOfAnswer, p.occupancy, p.probabilityOfWaiting] {
                #expect(value.isFinite && value >= 0)
            }
            let abandonment = try #require(p.probabilityOfAbandonment)
            // Agents can serve at most N / A of the offered calls.
            #expect(abandonment >= 1 - Double(agents) / 100 - 1e-12)
        }
        #expect(queue.occupancy(agents: 10) > 0.999)
    }

    @Test("One agent, 5,000 agents near 4,900 Erlangs, and zero agents")
    func extremes() throws {
        let single = try model(contacts: 2, aht: 300, patience: 60)
        let one = single.performance(agents: 1, thresholdSeconds: 20)
        #expect(one.serviceLevel > 0.6 && one.serviceLevel < 1)

        let large = try ErlangA(
            contacts: 98_000, intervalSeconds: 1800, averageHandleTimeSeconds: 90, meanPatienceSeconds: 180)
        let big = large.performance(agents: 5000, thresholdSeconds: 20)
        #expect(big.serviceLevel > 0.99 && big.serviceLevel <= 1)
        #expect(big.averageSpeedOfAnswer.isFinite)
        let needed = try large.minimumAgents(for: eightyTwenty)
        let erlangC = try ErlangC(contacts: 98_000, intervalSeconds: 1800, averageHandleTimeSeconds: 90)
        #expect(needed <= (try erlangC.minimumAgents(for: eightyTwenty)))
        #expect(large.serviceLevel(agents: needed, thresholdSeconds: 20) >= 0.8)
        #expect(large.serviceLevel(agents: needed - 1, thresholdSeconds: 20) < 0.8)

        let nobody = single.performance(agents: 0, thresholdSeconds: 20)
        #expect(nobody.serviceLevel == 0)
        #expect(nobody.probabilityOfAbandonment == 1)
        #expect(nobody.averageSpeedOfAnswer == .infinity)
    }

    @Test("Zero contacts need zero agents")
    func zeroContacts() throws {
        let idle = try model(contacts: 0, patience: 60)
        #expect(try idle.minimumAgents(for: eightyTwenty) == 0)
        let p = idle.performance(agents: 0, thresholdSeconds: 20)
        #expect(p.serviceLevel == 1 && p.probabilityOfAbandonment == 0 && p.averageSpeedOfAnswer == 0)
    }

    @Test("Abandonment and ASA caps drive the head count; result is minimal")
    func caps() throws {
        let queue = try model(patience: 120)
        let abandonmentGoal = try StaffingGoal(serviceLevel: .init(percent: 80, thresholdSeconds: 20), maxAbandonment: 0.03)
        let n = try queue.minimumAgents(for: abandonmentGoal)
        #expect(queue.probabilityOfAbandonment(agents: n) <= 0.03)
        #expect(queue.probabilityOfAbandonment(agents: n - 1) > 0.03)

        let asaGoal = try StaffingGoal(serviceLevel: .init(percent: 50, thresholdSeconds: 20), maxAverageSpeedOfAnswer: 4)
        let m = try queue.minimumAgents(for: asaGoal)
        #expect(queue.averageSpeedOfAnswer(agents: m) <= 4)
        #expect(queue.averageSpeedOfAnswer(agents: m - 1) > 4)

        #expect(throws: StaffingInputError.targetUnreachable(agentLimit: 5)) {
            try queue.minimumAgents(for: eightyTwenty, agentLimit: 5)
        }
    }

    @Test("The doubling-and-bisection search finds the same head count as a linear walk")
    func searchMatchesLinearWalk() throws {
        for contacts in [1.0, 25, 100, 700] {
            for patience in [15.0, 90, 400] {
                for basis in [ServiceLevelBasis.answeredWithinThreshold, .waitedWithinThreshold] {
                    let queue = try model(contacts: contacts, patience: patience, basis: basis)
                    let goal = try StaffingGoal(
                        serviceLevel: .init(percent: 85, thresholdSeconds: 15), maxOccupancy: 0.9)
                    let found = try queue.minimumAgents(for: goal)
                    let linear = (1...).first { n in
                        let p = queue.performance(agents: n, thresholdSeconds: 15)
                        return p.serviceLevel >= 0.85 - 1e-12 && p.occupancy <= 0.9 * (1 + 1e-12)
                    }
                    #expect(found == linear)
                }
            }
        }
    }
}
