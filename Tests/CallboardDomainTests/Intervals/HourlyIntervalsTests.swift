import Foundation
import Testing
@testable import CallboardDomain

/// 60-minute intervals (hourly telephony and retail exports): accepted on the hour, and a
/// queue's or agent's month keeps the length of its first report.
@Suite("Hourly interval reports")
struct HourlyIntervalsTests {
    private let nine = utc("2026-03-02T09:00:00Z")

    @Test func anHourOnTheHourIsRecordedAsSixtyMinutes() throws {
        let report = ContactIntervalReport(queueID: "Q1", start: nine, length: .sixtyMinutes, figures: .sample)
        let events = try ContactIntervals.decide(report, state: nil)
        #expect(events == [.reported(.init(queueID: "Q1", start: nine, length: .sixtyMinutes, figures: .sample))])
        #expect(ContactIntervals.fold(events)?.length == .sixtyMinutes)
        #expect(IntervalLength(rawValue: 60) == .sixtyMinutes && IntervalLength.sixtyMinutes.seconds == 3600)
    }

    @Test func anHourOffTheHourIsRefusedNamingTheStart() {
        let report = ContactIntervalReport(queueID: "Q1", start: nine.addingTimeInterval(1800), length: .sixtyMinutes,
                                           figures: .sample)
        #expect(report.problems.map(\.field) == ["start"])
        #expect(report.problems.first?.description.contains("must fall on a 60-minute boundary in UTC") == true)
    }

    @Test func halfHoursCannotJoinAnHourlyMonthNorHoursAHalfHourlyOne() throws {
        let hourly = ContactIntervals.fold(try ContactIntervals.decide(
            ContactIntervalReport(queueID: "Q1", start: nine, length: .sixtyMinutes, figures: .sample), state: nil))
        let halfHour = ContactIntervalReport(queueID: "Q1", start: utc("2026-03-20T10:30:00Z"), length: .thirtyMinutes,
                                             figures: .sample)
        #expect(throws: IntervalRejection.lengthMismatch(stream: "intervals-Q1-2026-03", recorded: .sixtyMinutes,
                                                         reported: .thirtyMinutes)) {
            try ContactIntervals.decide(halfHour, state: hourly)
        }
        let halfHourly = ContactIntervals.fold(try ContactIntervals.decide(halfHour, state: nil))
        #expect(throws: IntervalRejection.self) {
            try ContactIntervals.decide(ContactIntervalReport(queueID: "Q1", start: nine, length: .sixtyMinutes, figures: .sample),
                                        state: halfHourly)
        }
        // Another month starts its own ledger.
        let april = ContactIntervalReport(queueID: "Q1", start: utc("2026-04-01T10:30:00Z"), length: .thirtyMinutes, figures: .sample)
        #expect(ContactIntervals.streamID(for: april) == "intervals-Q1-2026-04")
    }

    @Test func anAgentsHourMayBeScheduledUpToAnHour() {
        let full = AgentIntervalFigures(contactsHandled: 12, handleSeconds: 3000, firstContactResolutions: 10,
                                        scheduledSeconds: 3600, adherentSeconds: 3500)
        #expect(full.problems(length: .sixtyMinutes).isEmpty)
        #expect(full.problems(length: .thirtyMinutes).map(\.field).contains("scheduledSeconds"))
        let over = AgentIntervalFigures(contactsHandled: 12, handleSeconds: 3000, firstContactResolutions: 10,
                                        scheduledSeconds: 3700, adherentSeconds: 3500)
        #expect(over.problems(length: .sixtyMinutes).map(\.field) == ["scheduledSeconds"])
        let report = AgentIntervalStatsReport(agentID: "A-1", queueID: "Q1", start: nine, length: .sixtyMinutes, figures: full)
        #expect((try? AgentIntervalStats.decide(report, state: nil))?.map(\.eventType) == ["AgentIntervalStatsReported"])
    }
}
