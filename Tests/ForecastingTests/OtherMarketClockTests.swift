import Foundation
import Testing
import Forecasting

@Suite("Other market clocks")
struct OtherMarketClockTests {
    /// Busiest hour on the zone's clock, read with Foundation's Calendar.
    func busiestLocalHour(_ intervals: [ForecastInterval], _ zone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var hours = [Double](repeating: 0, count: 24)
        for interval in intervals { hours[calendar.component(.hour, from: interval.start)] += interval.p50 }
        return hours.indices.max { hours[$0] < hours[$1] }!
    }

    @Test("London falls back a week before New York, Sydney springs forward in October, Manila never changes",
          arguments: [("Europe/London", "GB", "2026-10-25"), ("Australia/Sydney", "AU", "2026-10-04"),
                      ("Asia/Manila", "PH", "2026-10-25")] as [(String, Market, LocalDate)])
    func busiestHourFollowsTheMarket(zone: String, market: Market, change: LocalDate) throws {
        var queue = SyntheticQueue()
        queue.timeZone = TimeZone(identifier: zone)!
        queue.market = market
        queue.firstDay = "2026-04-06"
        queue.lastDay = change.adding(days: -15)
        let forecast = try Fixtures.forecaster.forecast(queue.history(queue.generate()), weeks: 4)
        let at = queue.instant(change)
        let before = forecast.intervals(from: queue.instant(change.adding(days: -7)), until: at)
        let after = forecast.intervals(from: queue.instant(change.adding(days: 1)), until: queue.instant(change.adding(days: 8)))
        #expect(busiestLocalHour(before, queue.timeZone) == 11)
        #expect(busiestLocalHour(after, queue.timeZone) == 11)
        let day = try #require(forecast.day(change))
        let ofDay = forecast.intervals(from: at, until: queue.instant(change.adding(days: 1)))
        #expect(abs(ofDay.reduce(0) { $0 + $1.p50 } - day.p50) < 1e-6 * day.p50)
    }
}
