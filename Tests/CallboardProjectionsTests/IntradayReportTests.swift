import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing

/// `report intraday` on a constructed day: New York's fall-back Sunday for TAB (see
/// ``Worlds/followTheSun(_:)``), TAB-EN forecast at 100 contacts every half hour (20 agents
/// to schedule at 80/20 and 180 s), the morning running 20% over with 75% answered in time.
@Suite("Intraday: the day as it runs")
struct IntradayReportTests {
    static let dayStart = utc("2026-11-01T04:00:00Z")

    static func morning(_ count: Int, after first: Int = 0, in world: inout WorldLog) async throws {
        for index in first..<(first + count) {
            try await world.report("TAB-EN", at: dayStart + Double(index) * 1800, ContactIntervalFigures(
                offered: 120, handled: 120, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 90, handleSeconds: 120 * 180))
        }
    }

    @Test func theRestOfTheDayIsReForecastAndItsShortHalfHoursFlagged() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            try await world.publishForecast("TAB-EN", account: "TAB", revision: 1,
                                            intervals: WorldLog.halfHours(from: Self.dayStart, scheduled: Array(repeating: 20, count: 50)))
            try await Self.morning(4, in: &world)
            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            let early = try await harness.serverNow()
            try await Self.morning(6, after: 4, in: &world)

            let result = try await harness.live(IntradayReport(accountID: "TAB", date: "2026-11-01"))
            let day = result.output
            #expect(day.timeZone == "America/New_York")
            let english = try #require(day.queues.first { $0.queueID == "TAB-EN" })
            // Ten half hours of fifty in: a fifth of the day's volume, 1,000 forecast contacts.
            #expect(english.reforecast.forecastSoFar == 1000 && english.reforecast.actualSoFar == 1200)
            let weight = 0.2 / 0.45 * 1000 / 1050
            #expect(abs(english.reforecast.scale - (1 + weight * 0.2)) < 1e-9)
            #expect(english.serviceLevelSoFar == 0.75 && english.target == 0.8 && english.sla == "80/20/5")
            #expect(english.forecastSource == "black-friday-2026 r1")

            let rows = day.intervals.filter { $0.queueID == "TAB-EN" }
            #expect(rows.count == 50)
            for (index, row) in rows.enumerated() {
                #expect(row.forecast == 100)
                #expect(row.eligible == CoverageReportTests.expectedEnglish(at: row.start).eligible, "eligible at \(row.start)")
                if index < 10 {
                    #expect(row.actual == 120 && row.reforecast == nil && row.serviceLevel == 0.75 && row.serviceLevelSoFar == 0.75)
                    #expect((row.required ?? 0) > 20 && row.risks == [.missed], "reported \(row.start)")
                } else {
                    #expect(row.actual == nil && abs((row.reforecast ?? 0) - 100 * english.reforecast.scale) < 1e-9)
                    #expect((row.required ?? 0) >= 20 && row.risks == [.short, .behind], "ahead \(row.start)")
                }
            }
            // TAB-ES has no published forecast: nothing is required, nothing is flagged.
            let spanish = day.intervals.filter { $0.queueID == "TAB-ES" }
            #expect(!spanish.isEmpty && spanish.allSatisfy { $0.forecast == nil && $0.required == nil && $0.risks.isEmpty })
            #expect(day.queues.first { $0.queueID == "TAB-ES" }?.forecastSource == nil)

            // As of the early instant only four half hours were in: the day weighed them less.
            let then = try await harness.reader.asOf(early, IntradayReport(accountID: "TAB", date: "2026-11-01")).output
            let before = try #require(then.queues.first { $0.queueID == "TAB-EN" })
            #expect(before.reforecast.forecastSoFar == 400)
            #expect(abs(before.reforecast.scale - (1 + 0.08 / 0.33 * 400 / 450 * 0.2)) < 1e-9)
            #expect(then.intervals.filter { $0.queueID == "TAB-EN" && $0.actual != nil }.count == 4)
        }
    }

    @Test func aDayWithoutAForecastShowsWhatHappenedAndRequiresNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            try await Self.morning(2, in: &world)
            let day = try await ReadModelHarness(store: store).live(IntradayReport(accountID: "TAB", date: "2026-11-01")).output
            let english = day.intervals.filter { $0.queueID == "TAB-EN" }
            #expect(english.count == 50 && english.allSatisfy { $0.forecast == nil && $0.required == nil && $0.reforecast == nil })
            #expect(english.prefix(2).allSatisfy { $0.actual == 120 && $0.risks == [.missed] })
            #expect(english.dropFirst(2).allSatisfy { $0.risks.isEmpty })
            #expect(day.queues.first { $0.queueID == "TAB-EN" }?.reforecast.scale == 1)
        }
    }

    @Test func theQueryNamesEveryReadModelItReads() {
        let names = IntradayReport(accountID: "TAB", date: "2026-11-01").readModels.map(\.name)
        #expect(Set(names) == ["client_accounts", "shift_coverage", "certifications", "peak_forecasts", "queue_intervals"])
    }
}
