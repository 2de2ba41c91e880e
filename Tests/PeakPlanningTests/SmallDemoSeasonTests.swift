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
/// ordinary December weekday some accounts' language teams are short and others have room,
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
            let outlook = try await reader.live(PeakReport(season: season)).output
            #expect(Set(outlook.rows.map(\.queueID)).count == 44)
            // Tuesday 8 December: required per account and language against the largest pool of its queues
            // (the same people: certified on the account's program, speaking the language).
            let tuesday = outlook.rows.filter { $0.day == "2026-12-08" }
            var required: [String: Int] = [:], pool: [String: Int] = [:]
            for row in tuesday {
                let team = "\(row.accountID.rawValue)/\(row.language.rawValue)"
                required[team, default: 0] += row.required
                pool[team] = max(pool[team] ?? 0, row.available)
            }
            let short = required.keys.filter { required[$0]! > pool[$0]! }, room = required.keys.filter { required[$0]! < pool[$0]! }
            #expect(short.count >= 2 && room.count >= 4, "short: \(short.sorted()), with room: \(room.sorted())")
            let live = try await Listings(store: store).agents().filter { $0.status == .live }.count
            let ratio = Double(required.values.reduce(0, +)) / Double(live)
            #expect((0.6...1.3).contains(ratio), "\(required.values.reduce(0, +)) people needed for \(live) live agents")
        }
    }
}
