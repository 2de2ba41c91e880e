import CallboardDomain
import CallboardProjections
import Foundation
import FuzzSupport
import PostgresTestSupport
import Projections
import Testing

@Suite("Rebuilding the read models")
struct RebuildTests {
    /// Applied in small batches while the world grows, then rebuilt from the first event in
    /// one go: every table of every read model must be identical.
    @Test func aRebuildEqualsTheIncrementallyBuiltModels() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let incremental = ReadModelHarness(store: store, batchSize: 3)
            try await Worlds.followTheSun(&world)
            try await incremental.settle()
            try await Worlds.serviceLevels(&world)
            try await ServiceLevelReportTests.reportNovember(&world)
            try await incremental.settle()
            try await world.schedule(.cancel(agent: "S2", shift: "S2-1101", reason: "sick"))
            try await world.agent(.changeStatus(agent: "M2", to: .nesting, effectiveOn: "2026-10-15", reason: "passed"))
            try await world.agent(.changeLanguages(
                agent: "S2", languages: [LanguageSkill("es", .native), LanguageSkill("en", .working)], effectiveOn: "2026-10-01"))
            try await world.agent(.transfer(agent: "S2", to: "MNL", effectiveOn: "2026-11-01"))
            try await world.queue(.close(queue: "TAB-ES", closedOn: "2026-12-31", reason: "contract change"))
            try await world.site(.changeSeats(site: "SCZ", seats: 80, effectiveOn: "2026-11-01"))
            try await incremental.settle()

            var built: [String: [String: [String]]] = [:]
            for projection in CallboardReadModels.all { built[projection.name] = try await incremental.dump(projection) }
            #expect(built["shift_coverage"]?["shift_intervals"]?.isEmpty == false)

            let rebuilding = ReadModelHarness(store: store, batchSize: 1000)
            for projection in CallboardReadModels.all {
                try await rebuilding.engine.rebuild(projection)
                #expect(try await rebuilding.dump(projection) == built[projection.name], "\(projection.name)")
            }
        }
    }
    /// `projections rebuild all` rebuilds the read models side by side on connections of
    /// their own; on a world drawn at random (interval reports and corrections at random
    /// instants, caught up at random points), every read model's tables and its history
    /// tables (`t__history`, `runs__history`: what as-of reads use) must come out exactly
    /// as the catch-up left them.
    @Test(arguments: [UInt64(0xC0FFEE), 0xBADCAB1E])
    func aParallelRebuildEqualsTheCatchUpTablesAndHistory(seed: UInt64) async throws {
        try await TestDatabase.withEventStore { store, _ in
            var random = SeededRandom(seed: seed)
            let harness = ReadModelHarness(store: store)
            var settles = SeededRandom(seed: seed ^ 0x5E771E)
            try await ChangingHistory.write(store) { if Bool.random(using: &settles) { try await harness.settle() } }
            var world = WorldLog(store: store)
            let october = utc("2026-10-05T00:00:00Z")
            for _ in 0..<Int.random(in: 20...40, using: &random) {
                let queue: QueueID = ["TAB-V", "PET-V", "PET-E"].randomElement(using: &random)!
                let start = october + Double(Int.random(in: 0..<96, using: &random)) * 1800
                try await world.report(queue, at: start, ChangingHistory.figures(Int.random(in: 0...100, using: &random)))
                if Int.random(in: 0..<5, using: &random) == 0 { try await harness.settle() }
            }
            try await harness.settle()
            var caughtUp: [String: [String: [String]]] = [:]
            for projection in CallboardReadModels.all { caughtUp[projection.name] = try await harness.dump(projection) }
            #expect(caughtUp["queue_intervals"]?.keys.contains { $0.hasSuffix("__history") } == true)

            let rebuilt = try await harness.engine.rebuildAll(concurrency: 4)
            #expect(rebuilt.map(\.projection) == CallboardReadModels.all.map(\.name))
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name), seed \(seed)")
            }
        }
    }
}
