import EventStore
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

@Suite("The projection engine")
struct ProjectionEngineTests {
    static let logger = TestDatabase.logger

    /// Appends `count` events of `type` spread over a few streams; returns the expected counts.
    static func appendSample(_ store: EventLog, count: Int, type: String = "Counted", streams: Int = 5) async throws -> [String: Int64] {
        var expected: [String: Int64] = [:]
        for index in 0..<count {
            let stream = "s-\(index % streams)"
            try await store.append(to: StreamID(stream), [NewEvent(type: type, payload: "{}")])
            expected[stream, default: 0] += 1
        }
        return expected
    }

    static func merge(_ a: [String: Int64], _ b: [String: Int64]) -> [String: Int64] {
        a.merging(b, uniquingKeysWith: +)
    }

    @Test func appliesTheLogAndMatchesAnIndependentCount() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let expected = try await Self.appendSample(store, count: 37)
            var engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            engine.batchSize = 10
            try await engine.install()
            try await Self.waitUntilApplied(engine, count: 37)
            #expect(try await StreamCounts.read(from: store.client) == expected)
            let status = try #require(try await engine.status().first)
            #expect(status.eventsApplied == 37 && status.eventsBehind == 0)
        }
    }

    @Test func aCrashMidBatchAppliesNothingAndARestartMatchesACleanRebuild() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let before = try await Self.appendSample(store, count: 12)
            try await store.append(to: "s-0", [NewEvent(type: "Poison", payload: "{}")])
            let after = try await Self.appendSample(store, count: 8)

            var crashing = ProjectionEngine(store: store, projections: [StreamCounts(failOnType: "Poison")], logger: Self.logger)
            crashing.batchSize = 5
            try await crashing.install()
            await #expect(throws: StreamCounts.Crash.self) {
                // Retried until the poisoned batch is readable (the shared server can hold it back).
                for _ in 0..<400 {
                    try await crashing.catchUpAll()
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            // Batches before the poisoned one are applied; the poisoned batch not at all, so
            // what is applied stops short of the 13th event and matches the checkpoint.
            let partial = try await StreamCounts.read(from: store.client).values.reduce(0, +)
            let applied = try #require(try await crashing.status().first).eventsApplied
            #expect(partial < 13 && partial == applied)

            let restarted = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            try await Self.waitUntilApplied(restarted, count: 21)
            let resumed = try await StreamCounts.read(from: store.client)
            try await restarted.rebuild(StreamCounts())
            let rebuilt = try await StreamCounts.read(from: store.client)
            #expect(resumed == rebuilt)
            #expect(rebuilt == Self.merge(Self.merge(before, after), ["s-0": 1]))
        }
    }

    @Test func twoEnginesAtOnceNeverApplyABatchTwice() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let engine = Self.engine(store, batchSize: 3)
            try await engine.install()
            let total = Collector<[String: Int64]>([:])
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let expected = try await Self.appendSample(store, count: 60)
                    total.update { $0 = expected }
                }
                for _ in 0..<2 {
                    group.addTask {
                        for _ in 0..<40 {
                            try await engine.catchUpAll()
                            try await Task.sleep(for: .milliseconds(5))
                        }
                    }
                }
                try await group.waitForAll()
            }
            try await Self.waitUntilApplied(engine, count: 60)
            #expect(try await StreamCounts.read(from: store.client) == total.current)
        }
    }

    @Test func rebuildSwapsInFreshTablesAtomically() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let expected = try await Self.appendSample(store, count: 25)
            let engine = Self.engine(store, batchSize: 4)
            try await engine.install()
            try await Self.waitUntilApplied(engine, count: 25)
            // Readers keep seeing the complete live model while a rebuild runs.
            let observed = Collector<[[String: Int64]]>([])
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await engine.rebuild(StreamCounts()) }
                group.addTask {
                    for _ in 0..<20 {
                        let counts = try await StreamCounts.read(from: store.client)
                        observed.update { $0.append(counts) }
                        try await Task.sleep(for: .milliseconds(2))
                    }
                }
                try await group.waitForAll()
            }
            #expect(observed.current.allSatisfy { $0 == expected })
            let status = try #require(try await engine.status().first)
            #expect(status.rebuiltAt != nil && status.eventsApplied == 25 && status.eventsBehind == 0)
        }
    }

    @Test func aStandbyRunnerTakesOverWhenTheLeaderStops() async throws {
        try await TestDatabase.withEventStore { store, database in
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            let options = {
                var options = EventLog.SubscriptionOptions()
                options.pollInterval = .milliseconds(200)
                return options
            }()
            let first = Task { try await engine.run(options: options, standbyRetry: .milliseconds(100)) }
            let firstBatch = try await Self.appendSample(store, count: 10)
            try await Self.waitUntilApplied(engine, count: 10)

            // A second runner on its own pool stands by while the first leads.
            try await PostgresClient.withRunningClient(database.applicationURL, logger: Self.logger) { client in
                let standbyStore = EventLog(client: client, logger: Self.logger)
                let standby = ProjectionEngine(store: standbyStore, projections: [StreamCounts()], logger: Self.logger)
                let second = Task { try await standby.run(options: options, standbyRetry: .milliseconds(100)) }
                first.cancel()
                _ = await first.result
                let secondBatch = try await Self.appendSample(store, count: 10)
                try await Self.waitUntilApplied(engine, count: 20)
                #expect(try await StreamCounts.read(from: store.client) == Self.merge(firstBatch, secondBatch))
                second.cancel()
                _ = await second.result
            }
        }
    }

    static func engine(_ store: EventLog, batchSize: Int) -> ProjectionEngine {
        var engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: logger)
        engine.batchSize = batchSize
        return engine
    }

    /// Waits until the projection has applied `count` events, catching up meanwhile: a
    /// transaction open elsewhere on the shared test server can hold events back a while.
    static func waitUntilApplied(_ engine: ProjectionEngine, count: Int64) async throws {
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while ContinuousClock.now < deadline {
            if let status = try await engine.status().first, status.eventsApplied >= count { return }
            try await engine.catchUpAll()
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("projection did not reach \(count) events in time")
    }
}
