import Foundation
import Testing
import Forecasting

/// Hourly (60-minute) histories, as many telephony and retail exports deliver them: the
/// forecast stays hourly, local days have 24 intervals (23 and 25 when the clocks change),
/// and the weekly and intraday shape are learned as from half hours.
@Suite("Hourly intervals")
struct HourlyIntervalTests {
    /// A 24/7 New York queue reported per hour from `firstDay` to `lastDay`.
    func hourlyQueue(from firstDay: LocalDate, to lastDay: LocalDate, seed: UInt64 = 60) -> SyntheticQueue {
        var queue = SyntheticQueue()
        queue.length = .sixtyMinutes
        queue.firstDay = firstDay
        queue.lastDay = lastDay
        queue.seed = seed
        return queue
    }

    @Test("The 60-minute length: 24 intervals a day, 168 a week")
    func lengthArithmetic() {
        #expect(IntervalLength(rawValue: 60) == .sixtyMinutes)
        #expect(IntervalLength.sixtyMinutes.perDay == 24)
        #expect(IntervalLength.sixtyMinutes.perWeek == 168)
        #expect(IntervalLength.sixtyMinutes.seconds == 3600)
    }

    @Test("A 25-hour and a 23-hour New York day have 25 and 23 hourly intervals summing to the day's forecast",
          arguments: [("2026-11-01", 25), ("2026-03-08", 23)] as [(LocalDate, Int)])
    func dstDays(day: LocalDate, count: Int) throws {
        let queue = hourlyQueue(from: day.adding(days: -26 * 7), to: day.adding(days: -8))
        let history = queue.history(queue.generate())
        let forecast = try Fixtures.forecaster.forecast(history, from: history.offered.end,
                                                        until: queue.instant(day.adding(days: 2)))
        #expect(forecast.length == .sixtyMinutes)
        let start = queue.instant(day), end = queue.instant(day.adding(days: 1))
        let ofDay = forecast.intervals(from: start, until: end)
        #expect(ofDay.count == count)
        #expect(ofDay.allSatisfy { Int($0.start.timeIntervalSince1970) % 3600 == 0 })
        let total = try #require(forecast.day(day)).p50
        #expect(total > 0)
        #expect(abs(ofDay.reduce(0) { $0 + $1.p50 } - total) < 1e-6 * total)
        // The day before is an ordinary 24-hour day.
        #expect(forecast.intervals(from: queue.instant(day.adding(days: -1)), until: start).count == 24)
    }

    @Test("Weekday and intraday shape are learned from hourly history: busy Mondays, quiet Sundays, 11:00 weekday peak")
    func weekdayShape() throws {
        let queue = hourlyQueue(from: "2025-09-01", to: "2026-05-31")
        let history = queue.history(queue.generate())
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 2)
        #expect(forecast.intervals.count == 14 * 24)
        let monday: LocalDate = "2026-06-08", sunday: LocalDate = "2026-06-14"
        #expect(monday.weekdayIndex == 0 && sunday.weekdayIndex == 6)
        let ratio = try #require(forecast.day(monday)).p50 / (try #require(forecast.day(sunday)).p50)
        let truth = queue.expectedDailyVolume(monday) / queue.expectedDailyVolume(sunday)
        #expect(abs(ratio / truth - 1) < 0.15, "Monday/Sunday \(ratio) against \(truth)")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = queue.timeZone
        let mondayHours = forecast.intervals(from: queue.instant(monday), until: queue.instant(monday.adding(days: 1)))
        #expect(mondayHours.count == 24)
        let busiest = try #require(mondayHours.max { $0.p50 < $1.p50 })
        #expect(calendar.component(.hour, from: busiest.start) == 11)
        let night = try #require(mondayHours.first { calendar.component(.hour, from: $0.start) == 3 })
        #expect(night.p50 < busiest.p50 / 5)
    }

    @Test("A backtest on an hourly queue scores hourly intervals and beats seasonal naive")
    func backtest() throws {
        let queue = hourlyQueue(from: "2025-06-02", to: "2026-04-26", seed: 61)
        let history = queue.history(queue.generate())
        let result = try Backtest().run(history, testStart: queue.instant("2026-03-30"), testEnd: queue.instant("2026-04-27"))
        #expect(result.forecast.length == .sixtyMinutes)
        #expect(result.forecast.intervals.count == 28 * 24)
        let wape = try #require(result.model.intervals.wape)
        #expect(wape < 0.12, "interval WAPE \(wape)")
        #expect(wape < (try #require(result.seasonalNaive.intervals.wape)))
    }
}
