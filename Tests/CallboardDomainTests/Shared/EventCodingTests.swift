import Foundation
import Testing
@testable import CallboardDomain

/// Every stored event type survives the trip through the store's (type, version, JSON) form
/// and through the enum's own Codable envelope.
@Suite("Event coding")
struct EventCodingTests {
    private func assertRoundTrips<E: DomainEvent>(_ event: E) throws {
        let stored = try event.encodedPayload()
        #expect(try E.decode(type: event.eventType, schemaVersion: event.schemaVersion, payload: stored) == event)
        let envelope = try EventJSON.makeEncoder().encode(event)
        #expect(try EventJSON.makeDecoder().decode(E.self, from: envelope) == event)
    }

    private func assertCoversAllTypes<E: DomainEvent>(_ samples: [E]) {
        #expect(Set(samples.map(\.eventType)) == Set(E.payloadTypes.eventTypes))
    }

    @Test(arguments: SampleEvents.site) func site(_ event: SiteEvent) throws { try assertRoundTrips(event) }
    @Test(arguments: SampleEvents.agent) func agent(_ event: AgentEvent) throws { try assertRoundTrips(event) }
    @Test(arguments: SampleEvents.account) func account(_ event: ClientAccountEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.queue) func queue(_ event: QueueEvent) throws { try assertRoundTrips(event) }
    @Test(arguments: SampleEvents.shift) func shift(_ event: ShiftEvent) throws { try assertRoundTrips(event) }
    @Test(arguments: SampleEvents.contactInterval) func interval(_ event: ContactIntervalEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.agentIntervalStats) func agentStats(_ event: AgentIntervalStatsEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.agentQuality) func quality(_ event: AgentQualityEvent) throws {
        try assertRoundTrips(event)
    }

    @Test(arguments: SampleEvents.program) func program(_ event: TrainingProgramEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.certification) func certification(_ event: CertificationEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.scorecard) func scorecard(_ event: SiteScorecardEvent) throws {
        try assertRoundTrips(event)
    }
    @Test(arguments: SampleEvents.award) func award(_ event: MonthlyAwardEvent) throws { try assertRoundTrips(event) }

    @Test func samplesCoverEveryEventType() {
        assertCoversAllTypes(SampleEvents.site)
        assertCoversAllTypes(SampleEvents.agent)
        assertCoversAllTypes(SampleEvents.account)
        assertCoversAllTypes(SampleEvents.queue)
        assertCoversAllTypes(SampleEvents.shift)
        assertCoversAllTypes(SampleEvents.contactInterval)
        assertCoversAllTypes(SampleEvents.agentIntervalStats)
        assertCoversAllTypes(SampleEvents.agentQuality)
        assertCoversAllTypes(SampleEvents.program)
        assertCoversAllTypes(SampleEvents.certification)
        assertCoversAllTypes(SampleEvents.award)
        assertCoversAllTypes(SampleEvents.scorecard)
    }

    @Test func eventTypeNamesAreStable() {
        #expect(
            SiteEvent.payloadTypes.eventTypes == ["SiteClosed", "SiteHolidayAdded", "SiteOpened", "SiteSeatsChanged"])
        #expect(ContactIntervalEvent.payloadTypes.eventTypes == ["IntervalCorrected", "IntervalReported"])
        #expect(
            SampleEvents.agentQuality.map(\.eventType) == [
                "QAEvaluationRecorded", "CSATSurveyRecorded", "CommendationRecorded", "DisciplinaryCaseOpened",
                "DisciplinaryCaseClosed",
            ])
    }

    @Test func payloadIsSortedJSONWithISO8601UTCInstants() throws {
        let json = String(decoding: try SampleEvents.contactInterval[0].encodedPayload(), as: UTF8.self)
        #expect(json.hasPrefix(#"{"figures":{"abandoned":10,"#))
        #expect(json.contains(#""start":"2026-03-02T14:00:00Z""#))
        let quality = String(decoding: try SampleEvents.agentQuality[0].encodedPayload(), as: UTF8.self)
        #expect(quality.contains(#""evaluatedAt":"2026-03-03T09:15:00.250Z""#))
    }

    @Test func unknownTypeIsATypedError() {
        #expect(throws: EventCodingError.unknownEventType("SiteRenamed", streamKind: "site")) {
            try SiteEvent.decode(type: "SiteRenamed", schemaVersion: 1, payload: Data("{}".utf8))
        }
    }

    @Test func newerSchemaVersionIsATypedError() {
        #expect(throws: EventCodingError.unsupportedSchemaVersion(eventType: "SiteClosed", stored: 2, supported: 1)) {
            try SiteEvent.decode(type: "SiteClosed", schemaVersion: 2, payload: Data("{}".utf8))
        }
    }

    @Test func malformedPayloadIsATypedError() throws {
        let error = try #require(throws: EventCodingError.self) {
            try SiteEvent.decode(type: "SiteClosed", schemaVersion: 1, payload: Data(#"{"siteID":"MNL"}"#.utf8))
        }
        guard case .malformedPayload(eventType: "SiteClosed", _) = error else {
            Issue.record("expected malformedPayload, got \(error)")
            return
        }
        #expect(error.description.hasPrefix("The SiteClosed payload could not be read"))
    }

    @Test func envelopeCarriesTypeAndVersion() throws {
        let json = String(decoding: try EventJSON.makeEncoder().encode(SampleEvents.shift[1]), as: UTF8.self)
        #expect(
            json
                == #"{"payload":{"agentID":"A-1","reason":"sick","shiftID":"S-1"},"#
                + #""schemaVersion":1,"type":"ShiftCancelled"}"#
        )
    }
}
