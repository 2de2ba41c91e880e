import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import FuzzSupport
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// The award facts bucket each fact by the agent's site as known when the fact was recorded
/// (``AwardFactsProjection``): the same log gives the same tables and history whether applied
/// in batches of one event, of a few, all at once, or rebuilt set-based from the log.
@Suite("Award facts: bucketed as known when recorded, rebuilt set-based")
struct AwardFactsRebuildTests {
    static let award = AwardFactsProjection()

    /// A transfer to New York, backdated to 1 November, recorded after a fact of 00:30 on
    /// 1 December in Manila (11:30 on 30 November in New York): the fact stays in Manila's
    /// December, a fact recorded after the transfer goes to New York's November. Under the
    /// rule before issue 16 item 7, a batch holding both put the first fact in New York too.
    @Test func aBackdatedTransferRecordedAfterAFactMovesItInNoBatchSplitNorRebuild() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var log = AwardLog(store: store)
            try await log.append([AwardLog.site("MNL", "Asia/Manila"), AwardLog.site("NYC", "America/New_York")])
            try await log.append([AwardLog.hire("A1", at: "MNL", on: "2025-01-06")])
            try await log.append([AwardLog.work("A1", at: "2026-11-30T16:30:00Z", contacts: 3),
                                  AwardLog.qa("A1", at: "2026-11-30T16:45:00Z", score: 91)])
            try await log.append([AwardLog.transfer("A1", from: "MNL", to: "NYC", on: "2026-11-01")])
            try await log.append([AwardLog.work("A1", at: "2026-11-30T17:30:00Z", contacts: 5),
                                  AwardLog.qa("A1", at: "2026-11-30T17:45:00Z", score: 77)])
            let applied = try await Self.everyWayAgrees(store)
            #expect(applied["work"]?.map { $0.split(separator: ",").prefix(5).joined(separator: ",") }
                    == ["(MNL,2026-12,A1,TAB-V,3", "(NYC,2026-11,A1,TAB-V,5"])
            #expect(applied["qa_scores"]?.map { String($0.prefix(16)) } == ["(MNL,2026-12,A1,", "(NYC,2026-11,A1,"])
        }
    }

    /// A generated world: three sites on different clocks, agents hired, transferred (often
    /// backdated, sometimes in the very transaction of their facts), reported, corrected,
    /// scored, commended, disciplined, with the rule streams' events; facts around month ends.
    /// Tables and history come out the same every way, and the rebuild loads it all set-based.
    @Test func aSetBasedRebuildEqualsACatchUpInSmallBatchesOnAGeneratedWorld() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var log = AwardLog(store: store)
            var random = SeededRandom(seed: 16_07)
            try await log.generate(using: &random, transactions: 40)
            let applied = try await Self.everyWayAgrees(store, loadedWhole: true)
            #expect((applied["work"]?.count ?? 0) > 10 && (applied["work__history"]?.count ?? 0) > 20)
            #expect((applied["disciplinary_cases__history"]?.count ?? 0) > 1)
            #expect(Set(applied["work"]?.map { $0.split(separator: ",")[0] } ?? []).count == 3, "facts at every site")
        }
    }

    /// Payloads the set-based SQL does not read (a fractional instant Swift decodes, a garbled
    /// score the batches quarantine, a second opening of one case): the rebuild loads what
    /// precedes the first in bulk and leaves the rest to the batches; tables, history and
    /// quarantine equal the catch-up's.
    @Test func irregularPayloadsAreLeftToTheBatches() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var log = AwardLog(store: store)
            var random = SeededRandom(seed: 7)
            try await log.generate(using: &random, transactions: 10)
            try await log.append([AwardLog.qa("A1", at: "2026-11-10T01:00:00.500Z", score: 88)])
            try await log.append([AwardLog.event(QAEvaluationRecorded.eventType, "agentquality-A2", ["agentID": 17])])
            try await log.append([AwardLog.caseOpened("A3", "DUP"), AwardLog.caseOpened("A3", "DUP")])
            try await log.generate(using: &random, transactions: 10)
            let applied = try await Self.everyWayAgrees(store)
            #expect(applied["qa_scores"]?.contains { $0.hasSuffix(",88)") } == true, "the fractional instant is applied")
            let quarantine = try await Self.engine(store, batchSize: 5).quarantined().map(\.reason)
            #expect(quarantine.count == 2, "the garbled score and the second opening: \(quarantine)")
        }
    }

    /// Applies the log every way and expects the same award facts (tables and history) and
    /// quarantine: caught up in batches of 3, rebuilt in batches of 1 and of 1,000, rebuilt
    /// set-based. With `loadedWhole`, the set-based rebuild loaded every event in bulk.
    @discardableResult
    static func everyWayAgrees(_ store: EventLog, loadedWhole: Bool = false) async throws -> [String: [String]] {
        let harness = ReadModelHarness(store: store)
        let caughtUp = engine(store, batchSize: 3)
        try await caughtUp.install()
        #expect(try await caughtUp.settle(within: TestDatabase.heldBackTimeout))
        let expected = try await harness.dump(award)
        let quarantine = try await caughtUp.quarantined().map { "\($0.eventID) \($0.reason)" }.sorted()
        for size in [1, 1_000] {
            let inBatches = InBatches(award)
            var engine = ProjectionEngine(store: store, projections: [inBatches], logger: TestDatabase.logger)
            engine.batchSize = size
            _ = try await engine.rebuild(inBatches)
            #expect(try await harness.dump(award) == expected, "rebuilt in batches of \(size)")
        }
        var setBased = engine(store, batchSize: 3)
        let heard = Heard()
        setBased.progress = heard.listener
        let rebuilt = try await setBased.rebuild(award)
        #expect(try await harness.dump(award) == expected, "rebuilt set-based")
        #expect(try await caughtUp.quarantined().map { "\($0.eventID) \($0.reason)" }.sorted() == quarantine)
        if loadedWhole { #expect(heard.told.first?.applied == rebuilt, "loaded in one go, not in batches of 3") }
        return expected
    }

    static func engine(_ store: EventLog, batchSize: Int) -> ProjectionEngine {
        var engine = ProjectionEngine(store: store, projections: [award], logger: TestDatabase.logger)
        engine.batchSize = batchSize
        return engine
    }
}

/// A read model applied in batches only: the same name, tables and `apply`, without its
/// set-based rebuild.
private struct InBatches: Projection {
    let inner: any Projection
    init(_ inner: any Projection) { self.inner = inner }
    var name: String { inner.name }
    var eventTypes: Set<String>? { inner.eventTypes }
    func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await inner.createTables(in: schema, on: connection, logger: logger)
    }
    func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await inner.apply(events, in: schema, on: connection, logger: logger)
    }
}
