import Testing
import StaffingMath

/// Against `Reference/erlang_reference.py` (truncated birth-death chain solved
/// numerically, phase-type waiting times), pasted in `ReferenceVectors.swift`.
@Suite("Erlang A against the independent Python reference")
struct ErlangAReferenceTests {
    func model(_ r: (contacts: Double, interval: Double, aht: Double, patience: Double), basis: ServiceLevelBasis) throws -> ErlangA {
        try ErlangA(
            contacts: r.contacts, intervalSeconds: r.interval, averageHandleTimeSeconds: r.aht,
            meanPatienceSeconds: r.patience, serviceLevelBasis: basis)
    }

    @Test("Waiting, abandonment, ASA, occupancy and both service levels", arguments: erlangAReference)
    func figures(_ reference: ErlangAReferenceCase) throws {
        let inputs = (reference.contacts, reference.intervalSeconds, reference.ahtSeconds, reference.patienceSeconds)
        let queue = try model(inputs, basis: .answeredWithinThreshold)
        let n = reference.agents
        #expect(isClose(queue.probabilityOfWaiting(agents: n), reference.probabilityOfWaiting, relative: 1e-9))
        #expect(isClose(queue.probabilityOfAbandonment(agents: n), reference.probabilityOfAbandonment, relative: 1e-9))
        #expect(isClose(queue.averageSpeedOfAnswer(agents: n), reference.averageSpeedOfAnswer, relative: 1e-9))
        #expect(isClose(queue.occupancy(agents: n), reference.occupancy, relative: 1e-9))
        for (threshold, waited, answered) in reference.levels {
            let waitedLevel = queue.serviceLevel(agents: n, thresholdSeconds: threshold, basis: .waitedWithinThreshold)
            let answeredLevel = queue.serviceLevel(agents: n, thresholdSeconds: threshold, basis: .answeredWithinThreshold)
            #expect(isClose(waitedLevel, waited, relative: 1e-9), "waited, t = \(threshold)")
            #expect(isClose(answeredLevel, answered, relative: 1e-9), "answered, t = \(threshold)")
        }
    }

    @Test("Required agents", arguments: erlangARequiredReference)
    func required(_ reference: ErlangARequiredCase) throws {
        let inputs = (reference.contacts, reference.intervalSeconds, reference.ahtSeconds, reference.patienceSeconds)
        let queue = try model(inputs, basis: reference.answeredBasis ? .answeredWithinThreshold : .waitedWithinThreshold)
        let goal = try StaffingGoal(
            serviceLevel: .init(percent: reference.percent, thresholdSeconds: reference.thresholdSeconds),
            maxAverageSpeedOfAnswer: reference.maxAverageSpeedOfAnswer,
            maxAbandonment: reference.maxAbandonment)
        #expect(try queue.minimumAgents(for: goal) == reference.agents)
    }
}
