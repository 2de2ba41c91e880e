import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
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
}
