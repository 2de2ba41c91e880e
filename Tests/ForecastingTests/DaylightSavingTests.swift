import Foundation
import Testing
import Forecasting

@Suite("Daylight saving time")
struct DaylightSavingTests {
    let queue = Fixtures.newYork

    /// Summed P50 per hour of the day, read on `zone`'s clock with Foundation's Calendar.
    func volumeByHour(_ intervals: [ForecastInterval], on zone: TimeZone) -> [Double] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var hours = [Double](repeating: 0, count: 24)
        for interval in intervals { hours[calendar.component(.hour, from: interval.start)] += interval.p50 }
        return hours
    }

    func busiestHour(_ hours: [Double]) -> Int { hours.indices.max { hours[$0] < hours[$1] }! }

    @Test("The busiest local hour stays at 11:00 New York time across 2026-11-01; in UTC it moves by an hour")
    func busiestHourAcrossFallBack() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-10-19"), weeks: 4)
        let change = queue.instant("2026-11-01")
        let before = forecast.intervals(from: queue.instant("2026-10-25"), until: change)
        let after = forecast.intervals(from: queue.instant("2026-11-02"), until: queue.instant("2026-11-09"))
        let newYork = queue.timeZone, utc = TimeZone(identifier: "UTC")!
        #expect(busiestHour(volumeByHour(before, on: newYork)) == 11)
        #expect(busiestHour(volumeByHour(after, on: newYork)) == 11)
        #expect(busiestHour(volumeByHour(before, on: utc)) == 15)
        #expect(busiestHour(volumeByHour(after, on: utc)) == 16)
    }

    @Test("A 25-hour and a 23-hour local day have 50 and 46 intervals that sum to the day's forecast",
          arguments: [("2026-11-01", 50), ("2026-03-08", 46)] as [(LocalDate, Int)])
    func dstDaysSum(day: LocalDate, intervals: Int) throws {
        let history = Fixtures.newYorkHistory(before: day.adding(days: -7))
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 2)
        let start = queue.instant(day), end = queue.instant(day.adding(days: 1))
        let ofDay = forecast.intervals(from: start, until: end)
        #expect(ofDay.count == intervals)
        let total = try #require(forecast.day(day)).p50
        #expect(abs(ofDay.reduce(0) { $0 + $1.p50 } - total) < 1e-6 * total)
        // Local 11:00 on the change day looks like 11:00 on the normal Sunday before it.
        let elevenLocal = start.addingTimeInterval(Double(11 * 3600 + (intervals - 48) * 1800))
        let sundayBefore = queue.instant(day.adding(days: -7)).addingTimeInterval(11 * 3600)
        let p50 = try #require(forecast.intervals.first { $0.start == elevenLocal }).p50
        let weekBefore = try #require(forecast.intervals.first { $0.start == sundayBefore }).p50
        #expect(abs(p50 / weekBefore - 1) < 0.1)
    }

    @Test("The local day's shape is learned across the change: actual and forecast peak hours agree")
    func learnedAcrossChange() throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant("2025-10-27"), testEnd: queue.instant("2025-11-10"))
        #expect(try #require(result.model.intervals.wape) < 0.15)
        #expect(try #require(result.seasonalNaive.intervals.wape) > (try #require(result.model.intervals.wape)))
    }

    @Test("15-minute intervals: 96 a day, 100 on the fall-back day, summing to the day")
    func fifteenMinutes() throws {
        var quarterHours = SyntheticQueue()
        quarterHours.length = .fifteenMinutes
        quarterHours.firstDay = "2026-06-01"
        quarterHours.lastDay = "2026-10-25"
        let history = quarterHours.history(quarterHours.generate())
        let forecast = try Fixtures.forecaster.forecast(history, from: history.offered.end,
                                                        until: queue.instant("2026-11-02"))
        let day = try #require(forecast.day("2026-11-01"))
        let ofDay = forecast.intervals.filter { $0.start >= queue.instant("2026-11-01") }
        #expect(forecast.intervals.count == 96 * 7 + 4)
        #expect(ofDay.count == 100)
        #expect(abs(ofDay.reduce(0) { $0 + $1.p50 } - day.p50) < 1e-6 * day.p50)
    }
}
