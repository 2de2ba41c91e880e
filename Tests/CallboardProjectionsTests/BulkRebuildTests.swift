import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// `projections rebuild` computes the high-volume read models set-based from the log
/// (``BulkRebuildable``): their tables, their history (`t__history`, `runs__history`) and
/// their quarantine must come out exactly as a catch-up in batches leaves them, whatever
/// the batch size, with transactions longer than a batch, intervals corrected within one
/// transaction, and events the set-based SQL leaves to the batches (poison, or written
/// otherwise).
@Suite("Rebuilding read models set-based from the log")
struct BulkRebuildTests {
    static let bulk: [any Projection] = [
        QueueIntervalsProjection(), ServiceLevelHoursProjection(), AccountLastChangesProjection(),
    ]

    @Test func aSetBasedRebuildEqualsACatchUpInSmallBatches() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // Batches of 3 events: every bulk transaction below is applied in several.
            let harness = ReadModelHarness(store: store, batchSize: 3)
            try await ChangingHistory.write(store) { try await harness.settle() }
            var world = WorldLog(store: store)
            try await Self.longTransactions(store, &world, settle: harness.settle)
            try await harness.settle()
            let caughtUp = try await Self.dumpAll(harness)
            #expect(caughtUp["queue_intervals"]?["intervals"]?.contains { $0.contains(",1)") } == true, "a correction")

            let heard = Heard()
            var engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            engine.batchSize = 3
            engine.progress = heard.listener
            _ = try await engine.rebuildAll(concurrency: 3)
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name)")
            }
            // Loaded in one go, not in batches of 3.
            let applied = Dictionary(uniqueKeysWithValues: try await engine.status().map { ($0.name, $0.eventsApplied) })
            for projection in Self.bulk {
                let first = heard.told.first { $0.projection == projection.name }
                #expect(first?.applied == Int(applied[projection.name] ?? -1), "\(projection.name)")
            }
        }
    }

    /// A payload the set-based SQL does not take (a fractional start, figures beyond 32 bits,
    /// a garbled payload, an unknown schema version): the rebuild loads everything before the
    /// first of them in bulk, then applies the rest in batches; tables, history and
    /// quarantine equal the catch-up's.
    @Test func eventsLeftToTheBatchesKeepTheirQuarantine() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let harness = ReadModelHarness(store: store, batchSize: 4)
            var world = WorldLog(store: store)
            try await Worlds.serviceLevels(&world)
            try await harness.settle()
            let figures = ChangingHistory.figures(70)
            var payload: [String: Any] = [
                "queueID": "TAB-V", "start": "2026-11-20T10:00:00.500Z", "length": 30,
                "figures": ["offered": 100, "handled": 100, "abandoned": 0, "shortAbandoned": 0,
                            "answeredWithinThreshold": 70, "handleSeconds": 20_000],
            ]
            try await PoisonEventTests.appendDirectly(store, "intervals-TAB-V-2026-11", IntervalReported.eventType, payload)
            try await Self.longTransactions(store, &world, settle: harness.settle)
            var huge = try #require(payload["figures"] as? [String: Any])
            huge["offered"] = 3_000_000_000
            payload["figures"] = huge
            payload["start"] = "2026-11-20T11:00:00Z"
            let tooMany = try await PoisonEventTests.appendDirectly(store, "intervals-TAB-V-2026-11", IntervalReported.eventType, payload)
            let garbled = try await PoisonEventTests.appendDirectly(
                store, "intervals-TAB-V-2026-11", IntervalCorrected.eventType, text: "{\"queueID\":17}")
            try await store.append(to: EventStore.StreamID("intervals-TAB-V-2026-11"), [
                NewEvent(id: UUID(), type: IntervalReported.eventType, schemaVersion: 2, payload: "{}"),
            ])
            try await world.report("PET-V", at: utc("2026-11-21T10:00:00Z"), figures)
            try await world.report("PET-V", at: utc("2026-11-21T10:00:00Z"), ChangingHistory.figures(10))
            try await harness.settle()
            let caughtUp = try await Self.dumpAll(harness)
            let quarantine = try await Self.quarantine(harness)
            #expect(quarantine.contains { $0.hasPrefix("queue_intervals \(tooMany)") })
            #expect(quarantine.contains { $0.hasPrefix("service_level_hours \(garbled)") })

            _ = try await harness.engine.rebuildAll(concurrency: 2)
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name)")
            }
            #expect(try await Self.quarantine(harness) == quarantine)
        }
    }

    /// Transactions longer than any batch: reports and, in the same transaction, corrections
    /// of some of them; an interval corrected in one transaction and again in the next.
    static func longTransactions(
        _ store: EventLog, _ world: inout WorldLog, settle: () async throws -> Void
    ) async throws {
        let day = utc("2026-11-10T00:00:00Z")
        var rows: [(QueueID, Date, ContactIntervalFigures)] = []
        for half in 0..<12 {
            for queue in ["TAB-V", "PET-V"] as [QueueID] {
                rows.append((queue, day + Double(half) * 1800, ChangingHistory.figures(40 + half)))
            }
        }
        rows += [("TAB-V", day, ChangingHistory.figures(90)), ("TAB-V", day + 1800, ChangingHistory.figures(91))]
        try await ChangingHistory.bulkIntervals(store, rows, known: &world)
        try await settle()
        try await ChangingHistory.bulkIntervals(store, [
            ("TAB-V", day, ChangingHistory.figures(20)), ("PET-V", day + 3600, ChangingHistory.figures(21)),
            ("PET-E", day, ChangingHistory.figures(22)),
        ], known: &world)
    }

    /// Every read model's tables, history tables included.
    static func dumpAll(_ harness: ReadModelHarness) async throws -> [String: [String: [String]]] {
        var dumps: [String: [String: [String]]] = [:]
        for projection in CallboardReadModels.all { dumps[projection.name] = try await harness.dump(projection) }
        return dumps
    }

    /// The quarantine: projection, event id and reason of each event.
    static func quarantine(_ harness: ReadModelHarness) async throws -> [String] {
        try await harness.engine.quarantined().map { "\($0.projection) \($0.eventID) \($0.reason)" }.sorted()
    }
}

/// What a progress listener was told, in order.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var heard: [ProjectionProgress] = []

    var listener: ProjectionProgress.Listener { { [self] progress in lock.withLock { heard.append(progress) } } }
    var told: [ProjectionProgress] { lock.withLock { heard } }
}
