import Testing
@testable import CallboardDomain

@Suite("Stream names")
struct StreamIDTests {
    @Test func everyStreamKindHasItsName() {
        let march = UTCMonth(containing: utc("2026-03-15T12:00:00Z"))
        #expect(StreamID.site("MNL") == "site-MNL")
        #expect(StreamID.agent("A-1001") == "agent-A-1001")
        #expect(StreamID.account("TAB") == "account-TAB")
        #expect(StreamID.queue("TAB-VOICE-EN") == "queue-TAB-VOICE-EN")
        #expect(StreamID.schedule("A-1001") == "schedule-A-1001")
        #expect(StreamID.contactIntervals("TAB-VOICE-EN", march) == "intervals-TAB-VOICE-EN-2026-03")
        #expect(StreamID.agentIntervalStats("A-1001", march) == "agentstats-A-1001-2026-03")
        #expect(StreamID.agentQuality("A-1001") == "agentquality-A-1001")
        #expect(StreamID.program("TAB-SLATE") == "program-TAB-SLATE")
        #expect(StreamID.certification("A-1001", "TAB-SLATE") == "certification-A-1001-TAB-SLATE")
        #expect(StreamID.award("MNL", "2026-11") == "award-MNL-2026-11")
    }

    @Test func decidersNameTheStreamOfACommand() {
        #expect(Site.streamID(for: .close(site: "MNL", closedOn: "2026-01-01", reason: "")) == "site-MNL")
        #expect(Schedule.streamID(for: .cancel(agent: "A-1", shift: "S-1", reason: "")) == "schedule-A-1")
        let report = ContactIntervalReport(
            queueID: "Q1", start: utc("2026-10-31T23:45:00Z"),
            length: .fifteenMinutes, figures: .sample)
        #expect(ContactIntervals.streamID(for: report) == "intervals-Q1-2026-10")
    }
}
