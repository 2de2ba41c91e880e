import Foundation
import Testing
@testable import CallboardDomain

@Suite("Contact interval reports")
struct ContactIntervalsTests {
    private let start = utc("2026-03-02T14:00:00Z")

    private func report(
        _ figures: ContactIntervalFigures = .sample, length: IntervalLength = .fifteenMinutes,
        start: Date? = nil
    ) -> ContactIntervalReport {
        ContactIntervalReport(queueID: "Q1", start: start ?? self.start, length: length, figures: figures)
    }

    private var revised: ContactIntervalFigures {
        var figures = ContactIntervalFigures.sample
        figures.offered = 104
        return figures
    }

    @Test func firstReportIsRecorded() throws {
        let events = try ContactIntervals.decide(report(), state: nil)
        #expect(events == [.reported(.init(queueID: "Q1", start: start, length: .fifteenMinutes, figures: .sample))])
        let ledger = try #require(ContactIntervals.fold(events))
        #expect(ledger.entries[start]?.figures == .sample)
        #expect(ledger.length == .fifteenMinutes)
    }

    @Test func sameNumbersAgainChangeNothing() throws {
        let ledger = ContactIntervals.fold(try ContactIntervals.decide(report(), state: nil))
        #expect(try ContactIntervals.decide(report(), state: ledger).isEmpty)
    }

    @Test func differentNumbersBecomeACorrection() throws {
        let first = try ContactIntervals.decide(report(), state: nil)
        let correction = try ContactIntervals.decide(report(revised), state: ContactIntervals.fold(first))
        #expect(
            correction == [
                .corrected(
                    .init(
                        queueID: "Q1", start: start, length: .fifteenMinutes,
                        previous: .sample, corrected: revised, revision: 1))
            ])
        let ledger = ContactIntervals.fold(first + correction)
        #expect(ledger?.entries[start] == .init(figures: revised, revision: 1))
        let back = try ContactIntervals.decide(report(), state: ledger)
        guard case let .corrected(second)? = back.first else { Issue.record("\(back)"); return }
        #expect(second.revision == 2)
        #expect(back.first?.eventID != correction.first?.eventID)
    }

    @Test func invalidReportsListEveryProblem() {
        let bad = ContactIntervalFigures(
            offered: 5, handled: 6, abandoned: -1, shortAbandoned: 0,
            answeredWithinThreshold: 7, handleSeconds: 100)
        #expect(throws: IntervalRejection.invalidFields(report(bad, start: utc("2026-03-02T14:07:00Z")).problems)) {
            try ContactIntervals.decide(report(bad, start: utc("2026-03-02T14:07:00Z")), state: nil)
        }
        #expect(
            report(bad, start: utc("2026-03-02T14:07:00Z")).problems.map(\.field) == [
                "start", "abandoned", "handled", "answeredWithinThreshold", "shortAbandoned",
            ])
    }

    @Test func aStreamKeepsOneIntervalLength() throws {
        let ledger = ContactIntervals.fold(try ContactIntervals.decide(report(), state: nil))
        let refusal = IntervalRejection.lengthMismatch(
            stream: "intervals-Q1-2026-03", recorded: .fifteenMinutes,
            reported: .thirtyMinutes)
        #expect(throws: refusal) {
            try ContactIntervals.decide(
                report(length: .thirtyMinutes, start: utc("2026-03-02T15:00:00Z")), state: ledger)
        }
        #expect(
            refusal.description == "intervals-Q1-2026-03 is reported in 15-minute intervals, so a 30-minute "
                + "interval cannot be added (field length).")
    }
}
