import CallboardReports
import Foundation
import Testing

/// The change feed's public event schema (issue 14: `/changes` exposed the internal camelCase
/// payloads): snake_case types and fields at every depth, only documented fields.
@Suite struct PublicEventTests {
    @Test func typesAndFieldNamesAreSnakeCase() {
        #expect(PublicEvent.type("IntervalReported") == "interval_reported")
        #expect(PublicEvent.type("QueueSLAChanged") == "queue_sla_changed")
        #expect(PublicEvent.type("QueueDayConfirmedReal") == "queue_day_confirmed_real")
        #expect(PublicEvent.snakeCase("queueID") == "queue_id")
        #expect(PublicEvent.snakeCase("slaEffectiveFrom") == "sla_effective_from")
        #expect(PublicEvent.snakeCase("answeredWithinThreshold") == "answered_within_threshold")
    }

    @Test func aPayloadKeepsOnlyItsDocumentedFieldsInSnakeCaseAtEveryDepth() throws {
        let stored = #"{"queueID":"ACME-V","start":"2026-11-01T00:00:00Z","length":30,"#
            + #""figures":{"offered":40,"answeredWithinThreshold":34,"shortAbandoned":1},"internalNote":"x"}"#
        let shown = PublicEvent.payload(type: "IntervalReported", json: stored)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["queue_id", "start", "length", "figures"])
        let figures = try #require(object["figures"] as? [String: Any])
        #expect(Set(figures.keys) == ["offered", "answered_within_threshold", "short_abandoned"])
        #expect(!shown.contains("internal") && !shown.contains("ID\""))
    }

    @Test func everyDocumentedFieldIsSnakeCaseAndAnUndocumentedTypeShowsNothing() {
        for event in PublicEvent.schemas {
            #expect(Column.isSnakeCase(event.type), "\(event.type)")
            for field in event.fields { #expect(Column.isSnakeCase(field), "\(event.type).\(field)") }
        }
        #expect(PublicEvent.payload(type: "AgentHired", json: #"{"agentID":"MNL-0001","name":"Ana"}"#) == "{}")
    }
}
