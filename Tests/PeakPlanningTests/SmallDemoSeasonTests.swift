import CallboardDomain
import CallboardImport
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import DemoWorld
import EventStore
import Foundation
import PeakPlanning
import PostgresTestSupport
import Projections
import Testing

/// Issue 13, item 8: the small demo world, loaded through the importers as `callboard demo
/// --scale small` loads it, gets a season forecast for every queue (none skipped: each has
/// the eight whole weeks of history the job asks for), and its plan is a realistic one: on an
/// ordinary December weekday, with every agent allocated once, some queues are short and others fully staffed,
/// and the network needs about the people it has, not five times more.
@Suite("The small demo world's season")
struct SmallDemoSeasonTests {
    /// The tour's day in the issue: Monday 7 December 2026, mid-season.
    static let now = Date(timeIntervalSince1970: 1_796_601_600)

    @Test func everyQueueIsForecastAndThePlanIsShortInPlacesOnly() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = DemoWorld.generate(seed: 2026, now: Self.now, scale: .small)
            let importer = Importer(store: store, actor: "test")
            for file in world.files {
                let kind = try #require(ImportKind(rawValue: file.kind.rawValue))
                _ = try await importer.importFile(kind, text: file.csvText, file: file.fileName)
            }
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }

            let season = try PeakSeason.named("black-friday-2026")
            let reader = ReportReader(store: store, logger: TestDatabase.logger)
            let run = try await SeasonForecastJob(store: store, season: season,
                                                  availability: CertifiedAvailabilityReader(reader: reader), logger: TestDatabase.logger).run()
            #expect(run.outcomes.count == 44)
            #expect(run.skipped == 0, "\(run.outcomes.filter { if case .skipped = $0.outcome { true } else { false } })")
            #expect(run.published == 44)

            if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
            // Planned on 7 December, the day the world was loaded on: every agent's time allocated once.
            let outlook = try await reader.live(PeakReport(season: season, today: "2026-12-07")).output
            #expect(Set(outlook.rows.map(\.queueID)).count == 44)
            // Tuesday 8 December: some queues short of what they need, others fully staffed.
            let tuesday = outlook.rows.filter { $0.day == "2026-12-08" }
            let short = tuesday.filter { $0.gap >= 1 }.map(\.queueID.rawValue)
            let staffed = tuesday.filter { ($0.required ?? 0) >= 1 && $0.gap < 1 }.map(\.queueID.rawValue)
            #expect(short.count >= 2 && staffed.count >= 4, "short: \(short.sorted()), staffed: \(staffed.sorted())")
            let needed = tuesday.compactMap(\.required).reduce(0, +)
            let live = try await Listings(store: store).agents().filter { $0.status == .live }.count
            let ratio = needed / Double(live)
            #expect((0.6...1.3).contains(ratio), "\(needed) people needed for \(live) live agents")
        }
    }
}
