import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

@Suite("Poison events and the quarantine")
struct QuarantineTests {
    static let logger = TestDatabase.logger

    static func engine(_ store: EventLog, _ projection: Ledger = Ledger(), batchSize: Int = 4, version: String = "v1") -> ProjectionEngine {
        var engine = ProjectionEngine(store: store, projections: [projection], logger: logger)
        engine.batchSize = batchSize
        engine.codeVersion = version
        return engine
    }

    /// Appends one event per payload to the stream `ledger-<n>`; returns their positions.
    @discardableResult
    static func append(_ store: EventLog, _ events: [(type: String, payload: String)]) async throws -> [Int64] {
        var positions: [Int64] = []
        for (index, event) in events.enumerated() {
            try await store.append(to: StreamID("ledger-\(index % 3)"), [NewEvent(type: event.type, payload: event.payload)])
            positions.append(try await store.readStream(StreamID("ledger-\(index % 3)")).last!.position)
        }
        return positions
    }

    static func entries(_ amounts: ClosedRange<Int64>) -> [(type: String, payload: String)] {
        amounts.map { ("Entry", "{\"amount\":\($0)}") }
    }

    /// Catches up until `count` events are applied and nothing is behind (the shared server
    /// can hold committed events back a while).
    static func settle(_ engine: ProjectionEngine, applied count: Int64) async throws {
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while ContinuousClock.now < deadline {
            try await engine.catchUpAll()
            if let status = try await engine.status().first, status.eventsApplied >= count, status.eventsBehind == 0 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("projection did not apply \(count) events in time")
    }

    @Test func aPoisonEventIsQuarantinedWithItsReasonAndEverythingElseApplied() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let positions = try await Self.append(store, Self.entries(1...5) + [
                ("Entry", "{\"amount\":\"twelve\"}"),       // does not decode
                ("Entry", "{\"amount\":3000000000}"),       // integer out of range (22003)
                ("FutureKind", "{\"amount\":7}"),           // refused by this version
            ] + Self.entries(6...9))
            let poison = Array(positions[5...7])
            let engine = Self.engine(store, Ledger(refusing: ["FutureKind"]))
            try await engine.install()
            try await Self.settle(engine, applied: 9)

            // Every other event is applied, in its place; none of the poison ones.
            let expected = Dictionary(uniqueKeysWithValues: zip(positions[0..<5] + positions[8...], Array(1...9) as [Int64]))
            #expect(try await Ledger.read(from: store.client) == expected)

            let quarantined = try await engine.quarantined()
            #expect(quarantined.map(\.position) == poison)
            #expect(quarantined.allSatisfy { $0.projection == "ledger" && $0.attempts == 1 && $0.codeVersion == "v1" })
            #expect(quarantined[0].reason.contains("undecodable payload: amount"))
            #expect(quarantined[1].reason.contains("out of range") && quarantined[1].reason.contains("22003"))
            #expect(quarantined[2].reason == "this version does not know FutureKind events")
            #expect(quarantined[2].eventType == "FutureKind" && quarantined[2].streamID == "ledger-1")

            let status = try #require(try await engine.status().first)
            #expect(status.quarantined == 3 && status.eventsApplied == 9 && status.eventsBehind == 0)
            #expect(status.quarantineSample.map(\.position) == poison)

            // A rebuild gives the same read model and sets the same events aside (another attempt).
            try await engine.rebuild(Ledger(refusing: ["FutureKind"]))
            #expect(try await Ledger.read(from: store.client) == expected)
            let again = try await engine.quarantined()
            #expect(again.map(\.position) == poison && again.allSatisfy { $0.attempts == 2 })
        }
    }

    @Test func aFailureThatIsNotTheEventsFaultIsRetriedNeverQuarantined() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let positions = try await Self.append(store, Self.entries(1...2) + [("Slow", "{\"amount\":3}")] + Self.entries(4...5))
            let timingOut = Self.engine(store, Ledger(slowTimesOut: true), batchSize: 100)
            try await timingOut.install()
            // The five events were appended one by one; another test's open transaction (the
            // horizon is server-wide) may leave only the first readable for a while. Wait
            // until all are, so the first batch holds the slow event.
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            while try await store.readAll(after: .start).count < positions.count, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            // The statement timeout cancels the batch (SQLSTATE 57014) every time it is readable.
            var failures = 0
            while failures == 0, ContinuousClock.now < deadline {
                do { try await timingOut.catchUpAll() } catch let error as PSQLError {
                    #expect(error.serverInfo?[.sqlState] == "57014")
                    failures += 1
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(failures == 1)
            #expect(try await timingOut.quarantined().isEmpty)
            #expect(try await Ledger.read(from: store.client).isEmpty)
            #expect(try #require(try await timingOut.status().first).eventsApplied == 0)

            // Once the cause is gone, the same events apply, the slow one included.
            let healthy = Self.engine(store, Ledger(slowTimesOut: false), batchSize: 100)
            try await Self.settle(healthy, applied: 5)
            #expect(try await Ledger.read(from: store.client) == Dictionary(uniqueKeysWithValues: zip(positions, Array(1...5) as [Int64])))
            #expect(try await healthy.quarantined().isEmpty)
        }
    }

    @Test func aLeaderOfANewVersionRetriesTheQuarantinedEventsInTheirPlace() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let positions = try await Self.append(store, Self.entries(1...3) + [("FutureKind", "{\"amount\":4}")] + Self.entries(5...6))
            let old = Self.engine(store, Ledger(refusing: ["FutureKind"]), version: "v1")
            try await old.install()
            try await Self.settle(old, applied: 5)
            #expect(try await old.quarantined().map(\.position) == [positions[3]])

            // A leader of the same build does not retry.
            try await Self.runBriefly(old)
            #expect(try await old.quarantined().count == 1)
            #expect(try #require(try await old.status().first).rebuiltAt == nil)

            // The upgraded leader applies it where it belongs and empties the quarantine.
            let upgraded = Self.engine(store, Ledger(), version: "v2")
            let leader = Task { try await upgraded.run(standbyRetry: .milliseconds(100)) }
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            while try await !upgraded.quarantined().isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            leader.cancel()
            _ = await leader.result
            #expect(try await upgraded.quarantined().isEmpty)
            #expect(try await Ledger.read(from: store.client) == Dictionary(uniqueKeysWithValues: zip(positions, Array(1...6) as [Int64])))
            let status = try #require(try await upgraded.status().first)
            #expect(status.eventsApplied == 6 && status.quarantined == 0 && status.rebuiltAt != nil)
        }
    }

    @Test func retryingOnDemandKeepsWhatStillFailsAndCountsTheAttempt() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await Self.append(store, Self.entries(1...2) + [("Entry", "{\"amount\":3000000000}")] + Self.entries(4...4))
            let engine = Self.engine(store)
            try await engine.install()
            try await Self.settle(engine, applied: 3)
            let retried = try await engine.retryQuarantined(Ledger())
            #expect(retried.before == 1 && retried.after == 1)
            let still = try await engine.quarantined()
            #expect(still.count == 1 && still[0].attempts == 2 && still[0].lastAttemptAt >= still[0].firstAttemptAt)
            #expect(try await Ledger.read(from: store.client).count == 3)
        }
    }

    /// Runs the engine as a leader for a moment, then stops it.
    static func runBriefly(_ engine: ProjectionEngine) async throws {
        let leader = Task { try await engine.run(standbyRetry: .milliseconds(100)) }
        try await Task.sleep(for: .milliseconds(500))
        leader.cancel()
        _ = await leader.result
    }
}
