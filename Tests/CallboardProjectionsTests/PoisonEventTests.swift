import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// Events that an older version or a bug let into the log, appended directly (no domain
/// rule checks them): each read model that cannot apply one quarantines it and carries on.
@Suite("Poison events in the read models")
struct PoisonEventTests {
    /// M1's last planned shift moved to 9999-12-31 overnight: its local end, 10000-01-01, is
    /// a day no read model can store (the "no end date" of HR exports, written by an old
    /// version that did not refuse it).
    static func overnightShiftOnTheLastDay(_ store: EventLog) async throws -> [String: Any] {
        var shift = try await lastPayload(of: "schedule-M1", store)
        let template = shift["localStart"]
        shift["shiftID"] = "M1-99991231"
        shift["localStart"] = local("9999-12-31", "22:00", like: template)
        shift["localEnd"] = local("10000-01-01", "06:00", like: template)
        shift["start"] = "9999-12-31T14:00:00Z"
        shift["end"] = "9999-12-31T22:00:00Z"
        shift["breaks"] = []
        return shift
    }

    /// The stored payload of `stream`'s last event, as a JSON object.
    static func lastPayload(of stream: String, _ store: EventLog) async throws -> [String: Any] {
        let event = try #require(try await store.readStream(StreamID(stream)).last)
        return try #require(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
    }

    /// Appends `payload` as one event of `type` to `stream`, as an old version or a bug would.
    @discardableResult
    static func appendDirectly(_ store: EventLog, _ stream: String, _ type: String, _ payload: [String: Any]) async throws -> UUID {
        let text = String(decoding: try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]), as: UTF8.self)
        return try await appendDirectly(store, stream, type, text: text)
    }

    @discardableResult
    static func appendDirectly(_ store: EventLog, _ stream: String, _ type: String, text: String) async throws -> UUID {
        let id = UUID()
        try await store.append(to: StreamID(stream), [NewEvent(id: id, type: type, payload: text)])
        return id
    }

    static func issueToken(_ id: String, _ world: WorldLog, expiresAt: Date?) async throws {
        let issue = IssueApiToken(tokenID: ApiTokenID(id), accountID: "TAB", secretSHA256: String(repeating: "ab", count: 32),
                                  label: id, issuedAt: utc("2026-11-01T00:00:00Z"), expiresAt: expiresAt)
        _ = try await world.record(ApiToken.self, .issue(issue), state: nil, context: ApiTokenContext(account: world.accounts["TAB"]))
    }

    static func local(_ date: String, _ time: String, like template: Any?) -> Any {
        if template is String { return "\(date) \(time)" }
        return ["date": date, "time": time]
    }

    @Test func eachReadModelQuarantinesWhatItCannotApplyAndAppliesEverythingAfter() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            let figures = ContactIntervalFigures(offered: 40, handled: 38, abandoned: 2, shortAbandoned: 1,
                                                 answeredWithinThreshold: 30, handleSeconds: 9000)
            try await world.report("TAB-EN", at: utc("2026-11-01T04:00:00Z"), figures)
            try await Self.issueToken("tokenbefore1", world, expiresAt: utc("2027-01-01T00:00:00Z"))

            // A shift on 9999-12-31 overnight: its end is 10000-01-01 local, which no report can read back.
            let template = try await Self.lastPayload(of: "schedule-M1", store)["localStart"]
            let shift = try await Self.overnightShiftOnTheLastDay(store)
            let endOfTime = try await Self.appendDirectly(store, "schedule-M1", ShiftPlanned.eventType, shift)
            // A break of Int.max minutes (its end overflowed the arithmetic: a trap before).
            var endless = try await Self.lastPayload(of: "schedule-S1", store)
            endless["shiftID"] = "S1-ENDLESS-BREAK"
            endless["breaks"] = [["localStart": Self.local("2026-11-02", "04:00", like: template),
                                  "start": "2026-11-02T08:00:00Z", "minutes": Int.max]]
            let endlessBreak = try await Self.appendDirectly(store, "schedule-S1", ShiftPlanned.eventType, endless)
            // A payload that does not decode at all.
            let garbled = try await Self.appendDirectly(store, "schedule-M2", ShiftPlanned.eventType, text: "{\"shiftID\":17}")
            // An interval of 3,000,000,000 offered contacts: the read model's integer column cannot hold it.
            var interval = try await Self.lastPayload(of: ContactIntervals.streamID(for: ContactIntervalReport(
                queueID: "TAB-EN", start: utc("2026-11-01T04:00:00Z"), length: .thirtyMinutes, figures: figures)).rawValue, store)
            var huge = try #require(interval["figures"] as? [String: Any])
            huge["offered"] = 3_000_000_000
            interval["figures"] = huge
            interval["start"] = "2026-11-01T04:30:00Z"
            let tooMany = try await Self.appendDirectly(store, "intervals-poison", IntervalReported.eventType, interval)
            // A token that expires in 99,999,999,999 days: binding its expiry trapped in the driver.
            var token = try await Self.lastPayload(of: "apitoken-tokenbefore1", store)
            token["tokenID"] = "tokenforever"
            token["expiresAt"] = EventJSON.format(Date(timeIntervalSince1970: 1_796_000_000 + 99_999_999_999 * 86_400))
            let forever = try await Self.appendDirectly(store, "apitoken-tokenforever", ApiTokenIssued.eventType, token)

            // Ordinary events after them.
            try await world.plan("M1-1102", agent: "M1", queues: ["TAB-EN"], on: "2026-11-02", from: "12:00", to: "20:00")
            try await world.report("TAB-EN", at: utc("2026-11-01T05:00:00Z"), figures)
            try await Self.issueToken("tokenafter01", world, expiresAt: nil)

            let harness = ReadModelHarness(store: store, batchSize: 1000)
            try await harness.settle()

            let quarantined = try await harness.engine.quarantined()
            let expected: Set<String> = [
                "shift_coverage \(endOfTime)", "shift_coverage \(endlessBreak)", "shift_coverage \(garbled)",
                "queue_intervals \(tooMany)", "api_tokens \(forever)",
            ]
            #expect(Set(quarantined.map { "\($0.projection) \($0.eventID)" }) == expected)
            let reasons = Dictionary(uniqueKeysWithValues: quarantined.map { ($0.eventID, $0.reason) })
            #expect(reasons[endOfTime]?.contains("the local time 10000-01-01 06:00 lies outside the years 1-9999") == true)
            #expect(reasons[endlessBreak]?.contains("a break of 9223372036854775807 minutes") == true)
            #expect(reasons[garbled]?.contains("ShiftPlanned payload could not be read") == true)
            #expect(reasons[tooMany]?.contains("integer out of range") == true)
            #expect(reasons[forever]?.contains("outside the years 1-9999") == true)

            let statuses = Dictionary(uniqueKeysWithValues: try await harness.engine.status().map { ($0.name, $0) })
            #expect(statuses["shift_coverage"]?.quarantined == 3)
            #expect(statuses["queue_intervals"]?.quarantined == 1)
            #expect(statuses["api_tokens"]?.quarantineSample.first?.eventID == forever)
            #expect(statuses.values.allSatisfy { $0.eventsBehind == 0 })

            // What came after is applied; nothing of the poison events is.
            let shifts = try await harness.dump(ShiftCoverageProjection())["shifts"] ?? []
            #expect(shifts.contains { $0.contains("M1-1102") } && shifts.contains { $0.contains("M1-1101") })
            #expect(!shifts.contains { $0.contains("M1-99991231") || $0.contains("S1-ENDLESS-BREAK") })
            let intervals = try await harness.dump(QueueIntervalsProjection())["intervals"] ?? []
            #expect(intervals.count == 2 && !intervals.contains { $0.contains("3000000000") })
            let tokens = try await ApiTokenRecord.list(account: "TAB", client: store.client, logger: TestDatabase.logger)
            #expect(Set(tokens.map(\.tokenID.rawValue)) == ["tokenbefore1", "tokenafter01"])

            // Each read model equals a rebuild, which sets the same events aside again.
            for projection in [ShiftCoverageProjection(), QueueIntervalsProjection(), ApiTokensProjection()] as [any Projection] {
                let live = try await harness.dump(projection)
                try await harness.engine.rebuild(projection)
                #expect(try await harness.dump(projection) == live, "\(projection.name)")
            }
            let again = try await harness.engine.quarantined()
            #expect(Set(again.map { "\($0.projection) \($0.eventID)" }) == expected && again.allSatisfy { $0.attempts == 2 })

            // A report as of now replays the same log without dying on them.
            let asOf = try await harness.reader.asOf(try await harness.serverNow(), CoverageReport(
                accountID: "TAB", date: "2026-11-02", timeZone: "America/New_York"))
            #expect(asOf.output.intervals.contains { $0.scheduledAgents > 0 })
        }
    }
}
