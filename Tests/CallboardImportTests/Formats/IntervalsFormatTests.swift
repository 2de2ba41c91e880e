import CallboardDomain
import CallboardImport
import Foundation
import Testing

@Suite("intervals.csv and agent-intervals.csv")
struct IntervalsFormatTests {
    static let intervals = "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned\n"
    static let agentIntervals = "agent_id,queue,interval_start,interval_minutes,contacts_handled,handle_seconds,first_contact_resolutions,scheduled_seconds,adherent_seconds\n"

    @Test func aRowReportsAnIntervalWhateverTheOffset() {
        let utc = Parse.commands(IntervalsFormat.self, Self.intervals + "Q1,2026-03-02T13:00:00Z,30,42,39,3,33,7020,1\n")
        let local = Parse.commands(IntervalsFormat.self, Self.intervals + "Q1,2026-03-02T08:00:00-05:00,30,42,39,3,33,7020,1\n")
        let figures = ContactIntervalFigures(offered: 42, handled: 39, abandoned: 3, shortAbandoned: 1,
                                             answeredWithinThreshold: 33, handleSeconds: 7020)
        #expect(utc == [ContactIntervalReport(queueID: "Q1", start: Date(timeIntervalSince1970: 1_772_456_400),
                                              length: .thirtyMinutes, figures: figures)])
        #expect(local == utc)
    }

    @Test func everyBadValueAndInconsistencyReadsInColumns() {
        #expect(Parse.refusals(IntervalsFormat.self, Self.intervals
            + "Q1,2026-03-02T13:10:00Z,30,42,39,3,33,7020,1\n"
            + "Q1,2026-03-02T13:30:00Z,45,42,39,3,33,7020,1\n"
            + "Q1,2026-03-02T14:00:00Z,30,42,40,3,41,0,5\n"
            + "Q1,2026-03-02T14:30:00Z,30,-1,0,0,0,0,\n", context: ()) == [
            "intervals.csv:3: interval_minutes: must be 15, 30 or 60, but was '45'",
            "intervals.csv:2: interval_start: must fall on a 30-minute boundary in UTC, but was 2026-03-02T13:10:00Z",
            "intervals.csv:4: handled + abandoned: must not exceed offered (42), but was 43",
            "intervals.csv:4: answered_within_sla: must not exceed handled (40), but was 41",
            "intervals.csv:4: short_abandoned: must not exceed abandoned (3), but was 5",
            "intervals.csv:4: handle_seconds: must be more than 0 when 40 contacts were handled, but was 0",
            "intervals.csv:5: offered: must not be negative, but was -1",
            "intervals.csv:5: handled: must not exceed offered (-1), but was 0",
            "intervals.csv:5: abandoned: must not exceed offered (-1), but was 0",
        ])
    }

    @Test func agentIntervalProblemsReadInColumns() {
        #expect(Parse.refusals(AgentIntervalsFormat.self, Self.agentIntervals
            + "MNL-1001,Q1,2026-03-02T13:00:00Z,30,9,1620,8,1800,1740\n"
            + "MNL-1001,Q1,2026-03-02T13:30:00Z,30,9,1620,10,1900,1950\n", context: ()) == [
            "agent-intervals.csv:3: first_contact_resolutions: must not exceed contactsHandled (9), but was 10",
            "agent-intervals.csv:3: adherent_seconds: must not exceed scheduledSeconds (1900), but was 1950",
            "agent-intervals.csv:3: scheduled_seconds: must not exceed the interval's 1800 seconds, but was 1900",
        ])
    }
}
