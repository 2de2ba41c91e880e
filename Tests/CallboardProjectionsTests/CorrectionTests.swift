import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// The domain corrects what a poison event says, so no one has to touch the log: the
/// stream with the poison event still loads (decoded and folded as the operations layer
/// does), the correcting command is decided on it, and the read model applies the
/// correction while the poison event stays quarantined.
@Suite("Correcting poison events through the domain")
struct CorrectionTests {
    /// Loads `stream` from the log and folds it, as the operations layer's stream loader does.
    static func load<Rules: Decider>(_ rules: Rules.Type, _ stream: String, _ store: EventLog) async throws -> Rules.State? {
        let events = try await store.readStream(StreamID(stream)).map { event in
            try Rules.Event.decode(type: event.type, schemaVersion: event.schemaVersion, payload: Data(event.payload.utf8))
        }
        return Rules.fold(events)
    }

    @Test func aTokenWithAnAbsurdExpiryCanBeRevoked() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.signAccount("TAB")
            try await PoisonEventTests.issueToken("typo00000001", world, expiresAt: utc("2027-01-01T00:00:00Z"))
            var token = try await PoisonEventTests.lastPayload(of: "apitoken-typo00000001", store)
            token["tokenID"] = "typo00000002"
            token["expiresAt"] = EventJSON.format(Date(timeIntervalSince1970: 1_796_000_000 + 99_999_999_999 * 86_400))
            try await PoisonEventTests.appendDirectly(store, "apitoken-typo00000002", ApiTokenIssued.eventType, token)

            let state = try await Self.load(ApiToken.self, "apitoken-typo00000002", store)
            #expect(state?.isRevoked == false)
            let revoked = try await world.record(
                ApiToken.self, .revoke(token: "typo00000002", revokedAt: Date(), reason: "typo in --expires"),
                state: state, context: ApiTokenContext())
            #expect(revoked?.isRevoked == true)

            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            #expect(try await harness.engine.quarantined().map(\.eventType) == [ApiTokenIssued.eventType])
            let tokens = try await ApiTokenRecord.list(account: "TAB", client: store.client, logger: TestDatabase.logger)
            #expect(tokens.map(\.tokenID.rawValue) == ["typo00000001"])
        }
    }

    @Test func anIntervalReportedWithImpossibleFiguresIsCorrectedByReportingItAgain() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.signAccount("TAB")
            try await world.openQueue("TAB-EN", account: "TAB")
            let start = utc("2026-11-01T04:00:00Z")
            let right = ContactIntervalFigures(offered: 40, handled: 38, abandoned: 2, shortAbandoned: 1,
                                               answeredWithinThreshold: 30, handleSeconds: 9000)
            let report = ContactIntervalReport(queueID: "TAB-EN", start: start, length: .thirtyMinutes, figures: right)
            let stream = ContactIntervals.streamID(for: report).rawValue
            // The interval as a bug stored it: 3,000,000,000 offered.
            let stored = try #require(try ContactIntervals.decide(report, state: nil, context: ()).first)
            var payload = try #require(try JSONSerialization.jsonObject(with: stored.encodedPayload()) as? [String: Any])
            var figures = try #require(payload["figures"] as? [String: Any])
            figures["offered"] = 3_000_000_000
            payload["figures"] = figures
            try await PoisonEventTests.appendDirectly(store, stream, IntervalReported.eventType, payload)
            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            #expect(try await harness.engine.quarantined().map(\.eventType) == [IntervalReported.eventType])

            // Reporting the right figures again is a correction, decided on the stream as stored.
            let ledger = try await Self.load(ContactIntervals.self, stream, store)
            let correction = try ContactIntervals.decide(report, state: ledger, context: ())
            #expect(correction.map(\.eventType) == [IntervalCorrected.eventType])
            _ = try await world.record(ContactIntervals.self, report, state: ledger, context: ())
            try await harness.settle()
            #expect(try await harness.engine.quarantined().map(\.eventType) == [IntervalReported.eventType])
            let rows = try await harness.dump(QueueIntervalsProjection())["intervals"] ?? []
            #expect(rows.count == 1 && rows[0].contains(",40,38,2,1,30,9000,1)"))
        }
    }

    @Test func aShiftOnTheLastDayOfTheCalendarCanBeCancelled() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            let shift = try await PoisonEventTests.overnightShiftOnTheLastDay(store)
            try await PoisonEventTests.appendDirectly(store, "schedule-M1", ShiftPlanned.eventType, shift)

            let schedule = try await Self.load(Schedule.self, "schedule-M1", store)
            let agent = world.agents["M1"]
            let context = ShiftContext(agent: agent, site: agent.flatMap { world.sites[$0.siteID] }, knownQueues: ["TAB-EN"])
            _ = try await world.record(
                Schedule.self, .cancel(agent: "M1", shift: "M1-99991231", reason: "no end date in the HR export"),
                state: schedule, context: context)

            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            #expect(try await harness.engine.quarantined().map(\.eventType) == [ShiftPlanned.eventType])
            let shifts = try await harness.dump(ShiftCoverageProjection())["shifts"] ?? []
            #expect(shifts.contains { $0.contains("M1-1101") } && !shifts.contains { $0.contains("M1-99991231") })
        }
    }
}
