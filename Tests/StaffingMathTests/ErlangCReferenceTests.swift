import Testing
import StaffingMath

/// Against `Reference/erlang_reference.py` (factorial formula in log space), pasted in
/// `ReferenceVectors.swift`.
@Suite("Erlang C against the independent Python reference")
struct ErlangCReferenceTests {
    @Test("Probability of waiting, service level and ASA", arguments: erlangCReference)
    func figures(_ reference: ErlangCReferenceCase) throws {
        let model = try ErlangC(
            contacts: reference.contacts, intervalSeconds: reference.intervalSeconds,
            averageHandleTimeSeconds: reference.ahtSeconds)
        let performance = model.performance(agents: reference.agents, thresholdSeconds: reference.thresholdSeconds)
        #expect(isClose(performance.probabilityOfWaiting, reference.probabilityOfWaiting, relative: 1e-10))
        #expect(isClose(performance.serviceLevel, reference.serviceLevel, relative: 1e-10))
        #expect(isClose(performance.averageSpeedOfAnswer, reference.averageSpeedOfAnswer, relative: 1e-10))
    }

    @Test("Required agents with ASA and occupancy caps", arguments: erlangCRequiredReference)
    func required(_ reference: ErlangCRequiredCase) throws {
        let model = try ErlangC(
            contacts: reference.contacts, intervalSeconds: reference.intervalSeconds,
            averageHandleTimeSeconds: reference.ahtSeconds)
        let goal = try StaffingGoal(
            serviceLevel: .init(percent: reference.percent, thresholdSeconds: reference.thresholdSeconds),
            maxAverageSpeedOfAnswer: reference.maxAverageSpeedOfAnswer,
            maxOccupancy: reference.maxOccupancy)
        #expect(try model.minimumAgents(for: goal) == reference.agents)
    }
}
