import Foundation
import Testing
@testable import CallboardDomain

@Suite("Agent interval stats")
struct AgentIntervalStatsTests {
    private func report(
        _ figures: AgentIntervalFigures = .sample, queue: QueueID = "Q1",
        start: Date = utc("2026-03-02T14:00:00Z"), length: IntervalLength = .thirtyMinutes
    )
        -> AgentIntervalStatsReport
    {
        AgentIntervalStatsReport(agentID: "A-1", queueID: queue, start: start, length: length, figures: figures)
    }

    @Test func figuresAreValidated() {
        #expect(AgentIntervalFigures.sample.problems(length: .thirtyMinutes).isEmpty)
        let bad = AgentIntervalFigures(
            contactsHandled: 0, handleSeconds: 60, firstContactResolutions: 2,
            scheduledSeconds: 1_000, adherentSeconds: 1_200)
        #expect(
            bad.problems(length: .fifteenMinutes).map(\.field) == [
                "firstContactResolutions", "adherentSeconds", "scheduledSeconds", "handleSeconds",
            ])
        let negative = AgentIntervalFigures(
            contactsHandled: -1, handleSeconds: 0, firstContactResolutions: -1,
            scheduledSeconds: 0, adherentSeconds: 0)
        #expect(
            negative.problems(length: .fifteenMinutes).map(\.field).prefix(2) == [
                "contactsHandled", "firstContactResolutions",
            ])
    }

    @Test func reportsAreRecordedPerQueueAndInterval() throws {
        let first = try AgentIntervalStats.decide(report(), state: nil)
        let otherQueue = try AgentIntervalStats.decide(report(queue: "Q2"), state: AgentIntervalStats.fold(first))
        #expect(first.map(\.eventType) == ["AgentIntervalStatsReported"])
        #expect(otherQueue.map(\.eventType) == ["AgentIntervalStatsReported"])
        #expect(AgentIntervalStats.streamID(for: report()) == "agentstats-A-1-2026-03")
    }

    @Test func reReportsAreIdempotentOrCorrections() throws {
        let ledger = AgentIntervalStats.fold(try AgentIntervalStats.decide(report(), state: nil))
        #expect(try AgentIntervalStats.decide(report(), state: ledger).isEmpty)
        var better = AgentIntervalFigures.sample
        better.firstContactResolutions = 6
        let correction = try AgentIntervalStats.decide(report(better), state: ledger)
        guard case let .corrected(corrected)? = correction.first else { Issue.record("\(correction)"); return }
        #expect((corrected.previous, corrected.corrected, corrected.revision) == (.sample, better, 1))
    }

    @Test func refusals() throws {
        #expect(throws: IntervalRejection.self) {
            try AgentIntervalStats.decide(report(start: utc("2026-03-02T14:15:00Z")), state: nil)
        }
        let ledger = AgentIntervalStats.fold(try AgentIntervalStats.decide(report(), state: nil))
        #expect(
            throws: IntervalRejection.lengthMismatch(
                stream: "agentstats-A-1-2026-03", recorded: .thirtyMinutes,
                reported: .fifteenMinutes)
        ) {
            let quarter = AgentIntervalFigures(
                contactsHandled: 3, handleSeconds: 540, firstContactResolutions: 3,
                scheduledSeconds: 900, adherentSeconds: 900)
            return try AgentIntervalStats.decide(report(quarter, length: .fifteenMinutes), state: ledger)
        }
    }
}
