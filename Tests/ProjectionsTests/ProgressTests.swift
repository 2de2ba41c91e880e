import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// The engine tells a listener how far a catch-up and a rebuild have come, batch by batch
/// (issue 14, item 5: the first report after a large import sat silent for 36 s).
@Suite("Catch-up and rebuild progress")
struct ProgressTests {
    @Test func everyBatchOfACatchUpAndARebuildIsTold() async throws {
        try await TestDatabase.withEventStore { store, _ in
            _ = try await ProjectionEngineTests.appendSample(store, count: 37)
            let heard = Heard()
            var engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: TestDatabase.logger)
            engine.batchSize = 10
            engine.progress = heard.listener
            try await engine.install()
            try await ProjectionEngineTests.waitUntilApplied(engine, count: 37)
            let caughtUp = heard.take()
            #expect(caughtUp.count >= 4, "one report per batch of 10")
            #expect(caughtUp.allSatisfy { $0.phase == .catchUp && $0.projection == "stream_counts" })
            #expect(zip(caughtUp, caughtUp.dropFirst()).allSatisfy { $0.position < $1.position })
            #expect(caughtUp.last?.position == (try await store.headCheckpoint()).position)

            try await engine.rebuild(StreamCounts())
            let rebuilt = heard.take()
            #expect(rebuilt.map(\.applied) == [10, 20, 30, 37])
            #expect(rebuilt.allSatisfy { $0.phase == .rebuild })
        }
    }

    @Test func aCaughtUpProjectionTellsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let heard = Heard()
            var engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: TestDatabase.logger)
            engine.progress = heard.listener
            try await engine.install()
            try await engine.catchUpAll()
            #expect(heard.take().isEmpty)
        }
    }
}

/// What a listener was told, in order.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var told: [ProjectionProgress] = []

    var listener: ProjectionProgress.Listener { { [self] progress in lock.withLock { told.append(progress) } } }

    func take() -> [ProjectionProgress] {
        lock.withLock { defer { told = [] }; return told }
    }
}
