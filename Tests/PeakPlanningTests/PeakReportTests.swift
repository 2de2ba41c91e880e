import CallboardDomain
import CallboardProjections
import CapacityPlanning
import EventStore
import Foundation
import PeakPlanning
import PostgresTestSupport
import Testing

@Suite("The peak report from published forecasts")
struct PeakReportTests {
    @Test func requiredAgainstCertifiedSupplyWithThePlanAndEveryRevisionKept() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.settle()
            _ = try await SeasonForecastJobTests.job(store).run()
            try await world.settle()
            let reader = ReportReader(store: store, logger: TestDatabase.logger)
            let season = SeasonForecastJobTests.season

            let outlook = try await reader.live(PeakReport(season: season)).output
            #expect(outlook.rows.count == 42 && outlook.modelVersions == ["callboard-volume-3"])
            #expect(outlook.rows.allSatisfy { $0.queueID == PeakWorld.queue && $0.revision == 1 && $0.available == 3 })
            #expect(outlook.rows.allSatisfy { $0.sites.map(\.siteID) == ["MNL"] && $0.sites.map(\.agents) == [3] && $0.actual == nil })
            #expect(outlook.rows.first?.scheduled == 3)
            let shortfall = try #require(outlook.rows.map(\.gap).max())
            #expect(shortfall > 1)
            // Cross-train A4 first (6 classroom + 10 nesting days), then hire the rest at Manila (21 more days).
            #expect(outlook.plan == [
                HiringPlan.Cohort(queueID: "TAB-EN-US", siteID: "MNL", kind: .crossTrain, agents: 1, neededBy: "2026-11-23",
                                  latestStart: "2026-11-07"),
                HiringPlan.Cohort(queueID: "TAB-EN-US", siteID: "MNL", kind: .hire, agents: shortfall - 1, neededBy: "2026-11-23",
                                  latestStart: "2026-10-17"),
            ])
            #expect(outlook.dailyTotals.count == 42)

            // Scoping: another site or account has nothing; the season's queue belongs to TAB.
            #expect(try await reader.live(PeakReport(season: season, siteID: "SOF")).output.rows.isEmpty)
            #expect(try await reader.live(PeakReport(season: season, accountID: "PET")).output.rows.isEmpty)
            #expect(try await reader.live(PeakReport(season: season, accountID: "TAB")).output.rows.count == 42)

            // A new revision becomes the default; the first stays readable; actuals appear as reported.
            try await world.report(from: Date(timeIntervalSince1970: 1_795_410_000), until: Date(timeIntervalSince1970: 1_795_413_600))
            try await world.settle()
            _ = try await SeasonForecastJobTests.job(store).run()
            try await world.settle()
            let latest = try await reader.live(PeakReport(season: season)).output
            #expect(latest.rows.allSatisfy { $0.revision == 2 })
            #expect(latest.rows.first { $0.day == "2026-11-23" }?.actual == 20)  // 00:00-01:00 New York: two quiet half hours
            #expect(try await reader.live(PeakReport(season: season, revision: 1)).output.rows.allSatisfy { $0.revision == 1 })

            // Per interval on request: revision 1 forecast the whole season; revision 2 from 06:00 UTC on the 23rd.
            let first = try await reader.live(PeakIntervalsReport(season: season, queueID: PeakWorld.queue, revision: 1)).output
            #expect(first.revision == 1 && first.timeZone == "America/New_York" && first.rows.count == 42 * 48)
            #expect(first.rows.allSatisfy { $0.p90 >= $0.p50 && $0.scheduledAgents >= 0 })
            let second = try await reader.live(PeakIntervalsReport(season: season, queueID: PeakWorld.queue)).output
            #expect(second.revision == 2 && second.rows.first?.start == Date(timeIntervalSince1970: 1_795_413_600))
            await #expect(throws: PeakReportError.notPublished(season: "black-friday-2026", queue: "NOPE")) {
                try await reader.live(PeakIntervalsReport(season: season, queueID: "NOPE"))
            }
        }
    }
}
