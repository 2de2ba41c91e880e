import CallboardDomain
import CallboardProjections
import CapacityPlanning
import EventStore
import Forecasting
import Foundation
import PeakPlanning
import PostgresTestSupport
import Testing

@Suite("The peak report from published forecasts")
struct PeakReportTests {
    @Test func requiredAgainstAllocatedSupplyWithThePlanFromTodayAndEveryRevisionKept() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.settle()
            _ = try await SeasonForecastJobTests.job(store).run()
            try await world.settle()
            let reader = ReportReader(store: store, logger: TestDatabase.logger)
            let season = SeasonForecastJobTests.season

            // On 1 October, before the season: A1-A3 (certified, live) are the pool and all go to the one queue.
            let outlook = try await reader.live(PeakReport(season: season, today: "2026-10-01")).output
            #expect(outlook.rows.count == 42 && outlook.modelVersions == ["callboard-volume-8"])
            #expect(outlook.rows.allSatisfy { $0.queueID == PeakWorld.queue && $0.revision == 1 && $0.pool == 3 && $0.timing == .future })
            #expect(outlook.rows.allSatisfy { $0.allocated == min(3, $0.required ?? 0) && $0.actual == nil && !$0.feedGap })
            #expect(outlook.rows.allSatisfy { $0.sites.map(\.siteID) == ["MNL"] })
            let shortfall = try #require(outlook.rows.map(\.gap).max())
            #expect(shortfall > 1)
            // Overtime (4 h a week each) first, no one certified elsewhere to cross-train, then hires in time.
            #expect(outlook.plan.map(\.kind) == [.overtime, .hire])
            let hire = try #require(outlook.plan.last)
            #expect(hire.siteID == "MNL" && !hire.overdue && hire.neededBy == "2026-11-23" && hire.latestStart == "2026-10-17")
            #expect(outlook.rows.allSatisfy { $0.planned >= $0.allocated })
            #expect(outlook.series.days.count == 42 && outlook.series.today == "2026-10-01")

            // On 10 November the hire's latest start has passed: overdue, with the short days before it lands.
            let late = try await reader.live(PeakReport(season: season, today: "2026-11-10")).output
            let overdue = try #require(late.plan.first { $0.kind == .hire })
            #expect(overdue.overdue && overdue.landsOn == "2026-12-17" && overdue.unreachableDays > 0)

            // Scoping: another site or account has nothing; the season's queue belongs to TAB.
            #expect(try await reader.live(PeakReport(season: season, siteID: "SOF", today: "2026-10-01")).output.rows.isEmpty)
            #expect(try await reader.live(PeakReport(season: season, accountID: "PET", today: "2026-10-01")).output.rows.isEmpty)
            #expect(try await reader.live(PeakReport(season: season, accountID: "TAB", today: "2026-10-01")).output.rows.count == 42)

            // A new revision becomes the default; the first stays readable; actuals appear as reported.
            try await world.report(from: Date(timeIntervalSince1970: 1_795_410_000), until: Date(timeIntervalSince1970: 1_795_413_600))
            try await world.settle()
            _ = try await SeasonForecastJobTests.job(store).run()
            try await world.settle()
            let latest = try await reader.live(PeakReport(season: season, today: "2026-11-25")).output
            // Revision 2's history ends at 01:00 on the 23rd: that day is judged against revision 1, which forecast all of it.
            #expect(latest.rows.filter { $0.day > "2026-11-23" }.allSatisfy { $0.revision == 2 })
            let reported = try #require(latest.rows.first { $0.day == "2026-11-23" })
            #expect(reported.revision == 1 && reported.forecastP50 == outlook.rows.first?.forecastP50)
            #expect(reported.actual == 20 && reported.timing == .past && !reported.feedGap)  // 00:00-01:00 New York: two quiet half hours
            #expect(reported.error == 20 - (reported.forecastP50 ?? 0) && reported.error! < 0)
            let missing = try #require(latest.rows.first { $0.day == "2026-11-24" })
            #expect(missing.feedGap && missing.actual == nil && missing.error == nil, "a past open day with no report is a feed gap")
            #expect(latest.rows.first { $0.day == "2026-11-25" }?.timing == .today)
            #expect(latest.rows.filter { $0.timing == .future }.allSatisfy { !$0.feedGap && $0.error == nil })
            #expect(latest.series.days.first?.actualRequired != nil && latest.series.days[1].actualRequired == nil)
            #expect(try await reader.live(PeakReport(season: season, revision: 1, today: "2026-11-25")).output.rows.allSatisfy { $0.revision == 1 })

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

    @Test func siteViewsAddUpToTheNetworkAndNobodyIsCountedTwice() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.buildTwoSites()
            try await world.settle()
            _ = try await SeasonForecastJobTests.job(store).run()
            try await world.settle()
            let reader = ReportReader(store: store, logger: TestDatabase.logger)
            let season = SeasonForecastJobTests.season
            let today: LocalDate = "2026-11-01"

            let network = try await reader.live(PeakReport(season: season, today: today)).output
            #expect(Set(network.rows.map(\.queueID)) == [PeakWorld.queue, PeakWorld.petQueue])
            let tab = try #require(network.rows.first { $0.queueID == PeakWorld.queue })
            let pet = try #require(network.rows.first { $0.queueID == PeakWorld.petQueue })
            #expect(tab.pool == 4, "A1-A3 and B1 are certified on TAB-CORE")
            #expect(pet.pool == 6, "PET-EN-US requires no program: every live English voice agent")
            for day in season.days {
                let rows = network.rows.filter { $0.day == day }
                #expect(rows.reduce(0) { $0 + $1.allocated } <= 6 + 1e-9, "six people, each counted once")
            }

            let views = try await ["CEB", "MNL"].asyncMap { try await reader.live(PeakReport(season: season, siteID: SiteID($0), today: today)).output }
            for row in network.rows {
                let shares = views.compactMap { view in view.rows.first { $0.queueID == row.queueID && $0.day == row.day } }
                #expect(abs(shares.reduce(0) { $0 + ($1.required ?? 0) } - (row.required ?? 0)) < 1e-9, "\(row.queueID) \(row.day): demand")
                #expect(abs(shares.reduce(0) { $0 + $1.allocated } - row.allocated) < 1e-9, "\(row.queueID) \(row.day): allocated")
                #expect(abs(shares.reduce(0) { $0 + $1.gap } - row.gap) < 1e-9, "\(row.queueID) \(row.day): gap")
                #expect(shares.reduce(0) { $0 + $1.pool } == row.pool)
                #expect(abs(shares.reduce(0) { $0 + $1.planned } - row.planned) < 1e-9 || row.planned > shares.reduce(0) { $0 + $1.planned },
                        "planned hires of a queue no site serves count in the network only")
            }
            let cebu = views[0]
            #expect(cebu.rows.allSatisfy { $0.sites.map(\.siteID) == ["CEB"] })
            #expect(cebu.siteDays.allSatisfy { $0.siteID == "CEB" && $0.seats == 2 && $0.agents == 2 })
            #expect(cebu.siteDays.contains { $0.seatsShort > 0 }, "two seats cannot hold Cebu's share at the busiest half hour")
            #expect(cebu.siteDays == network.siteDays.filter { $0.siteID == "CEB" })
            #expect(cebu.plan.allSatisfy { $0.siteID == "CEB" })
            // Cross-training: B2 is certified on nothing, so nobody is proposed; each person at most once anyway.
            let people = network.plan.flatMap(\.agentIDs)
            #expect(Set(people).count == people.count)
        }
    }
}

extension Array {
    /// `transform` on each element in turn.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
