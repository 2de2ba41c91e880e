import EventStore
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// The one-query check a one-shot reader makes before reading (``ProjectionEngine/freshness()``)
/// and the catch-up it leads to (``ProjectionEngine/catchUpWhatIsBehind(_:)``): a fresh
/// database is installed once, new events are applied, a read model without its history is
/// rebuilt once, and nothing is done when nothing is new.
@Suite("Whether the read models are current, in one query")
struct FreshnessTests {
    static let logger = TestDatabase.logger

    /// Checks and catches up until every read model is current and `projection` has applied
    /// `count` events (a transaction open elsewhere on the shared server can hold events back).
    static func settle(_ engine: ProjectionEngine, applied count: Int64) async throws {
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while ContinuousClock.now < deadline {
            let freshness = try await engine.freshness()
            if freshness.isCurrent, let status = try await engine.status().first, status.eventsApplied >= count { return }
            try await engine.catchUpWhatIsBehind(freshness)
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the read model did not reach \(count) events in time")
    }

    @Test func aFreshDatabaseIsInstalledOnceAndCaughtUp() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let expected = try await ProjectionEngineTests.appendSample(store, count: 9)
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            let fresh = try await engine.freshness()
            #expect(fresh.needingInstall == ["stream_counts"] && fresh.behind.isEmpty && !fresh.isCurrent)
            try await engine.catchUpWhatIsBehind(fresh)
            try await Self.settle(engine, applied: 9)
            #expect(try await StreamCounts.read(from: store.client) == expected)
            // Installed with its history from the start: never rebuilt.
            #expect(try #require(try await engine.status().first).rebuiltAt == nil)
        }
    }

    @Test func newEventsAreFoundAndAppliedAndNothingNewDoesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            let before = try await ProjectionEngineTests.appendSample(store, count: 4)
            try await engine.catchUpWhatIsBehind(try await engine.freshness())
            try await Self.settle(engine, applied: 4)
            let current = try await engine.freshness()
            #expect(current.isCurrent)
            #expect(try await engine.catchUpWhatIsBehind(current) == 0)

            let after = try await ProjectionEngineTests.appendSample(store, count: 3)
            // The new events are found as soon as they are readable, and a catch-up applies them.
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            var behind = try await engine.freshness()
            while behind.behind.isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
                behind = try await engine.freshness()
            }
            #expect(behind.behind == ["stream_counts"] && behind.needingInstall.isEmpty)
            #expect(behind.head > (try #require(try await engine.status().first)).checkpoint)
            // One catch-up reaches the head it was given, even if the read horizon stepped back
            // since (a transaction of another database ending while it is placed: schema/0032).
            #expect(try await engine.catchUpWhatIsBehind(behind) >= 1)
            try await Self.settle(engine, applied: 7)
            #expect(try await StreamCounts.read(from: store.client) == ProjectionEngineTests.merge(before, after))
        }
    }

    @Test func aReadModelWithoutItsHistoryIsRebuiltOnce() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            let expected = try await ProjectionEngineTests.appendSample(store, count: 5)
            try await engine.catchUpWhatIsBehind(try await engine.freshness())
            try await Self.settle(engine, applied: 5)
            // As a read model installed before read models kept their history.
            try await store.client.query("DROP TABLE rm_stream_counts.runs__history", logger: Self.logger)
            let found = try await engine.freshness()
            #expect(found.needingInstall == ["stream_counts"])
            try await engine.catchUpWhatIsBehind(found)
            #expect(try #require(try await engine.status().first).rebuiltAt != nil)
            #expect(try await engine.freshness().needingInstall.isEmpty)
            #expect(try await StreamCounts.read(from: store.client) == expected)
        }
    }

    /// New code that raises a read model's ``Projection/tablesVersion`` finds the tables built
    /// by the old code needing install: they are rebuilt from the log once, the new version is
    /// recorded, and nothing is rebuilt again.
    @Test func aReadModelBuiltAtAnotherVersionOfItsTablesIsRebuiltOnce() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let old = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            let expected = try await ProjectionEngineTests.appendSample(store, count: 5)
            try await old.catchUpWhatIsBehind(try await old.freshness())
            try await Self.settle(old, applied: 5)
            #expect(try #require(try await old.status().first).rebuiltAt == nil)

            let upgraded = ProjectionEngine(store: store, projections: [StreamCounts(tablesVersion: 2)], logger: Self.logger)
            let found = try await upgraded.freshness()
            #expect(found.needingInstall == ["stream_counts"])
            try await upgraded.catchUpWhatIsBehind(found)
            let rebuilt = try #require(try await upgraded.status().first).rebuiltAt
            #expect(rebuilt != nil)
            #expect(try await upgraded.freshness().needingInstall.isEmpty)
            #expect(try await StreamCounts.read(from: store.client) == expected)
            var recorded: Int32 = 0
            for try await version in try await store.client.query(
                "SELECT tables_version FROM projection_checkpoints WHERE name = 'stream_counts'", logger: Self.logger
            ).decode(Int32.self) { recorded = version }
            #expect(recorded == 2)
            // Installed again (a runner starting): nothing to rebuild.
            try await upgraded.install()
            #expect(try #require(try await upgraded.status().first).rebuiltAt == rebuilt)
        }
    }
}
