import Foundation
import Testing
@testable import Forecasting

/// The fallback rule on small synthetic histories (UTC clock): a weekday queue busy 09:00-17:00
/// and quieter at weekends.
@Suite struct FallbackForecasterTests {
    static let utc = TimeZone(identifier: "UTC")!
    /// Monday 2026-09-07, 00:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_788_739_200)

    /// `days` days from `start` of 30-minute counts: `busy` per half hour 09:00-17:00 on weekdays, a fifth at weekends.
    static func series(from start: Date, days: Int, busy: Double) throws -> IntervalSeries {
        var offered: [Double] = []
        for index in 0..<(days * 48) {
            let day = LocalDate(daysSinceEpoch: Int(start.timeIntervalSince1970) / 86_400 + index / 48)
            let hour = index % 48 / 2
            let weekend = day.weekdayIndex >= 5
            offered.append((9..<17).contains(hour) ? (weekend ? busy / 5 : busy) : 0)
        }
        return try IntervalSeries(start: start, length: .thirtyMinutes, offered: offered)
    }

    static func sibling() throws -> FallbackForecaster.Sibling {
        let history = QueueHistory(offered: try series(from: monday, days: 56, busy: 100), market: Market("US"), timeZone: utc)
        return FallbackForecaster.Sibling(history: history, uplifts: ["2026-11-27": 2.5])
    }

    @Test func twoWeeksOfOwnHistoryTakeTheSiblingsShapeAtTheirOwnLevel() throws {
        let ownStart = Self.monday.addingTimeInterval(42 * 86_400)
        let own = try Self.series(from: ownStart, days: 14, busy: 50)
        let target = FallbackForecaster.Target(timeZone: Self.utc, market: Market("US"), length: .thirtyMinutes, own: own,
                                               known: KnownDays(closures: ["2026-11-10": "stocktake"]))
        let start = own.end, end = start.addingTimeInterval(28 * 86_400)
        let result = try FallbackForecaster().forecast(target, siblings: [try Self.sibling()], from: start, until: end)
        #expect(result.shape == .siblings(1) && result.level == .own(days: 14))
        #expect(result.forecast.modelVersion == "callboard-fallback-1" && result.forecast.intervals.count == 28 * 48)
        let tuesday = try #require(result.forecast.day("2026-11-03"))
        #expect(abs(tuesday.p50 - 16 * 50) < 1, "a weekday: 16 busy half hours at the queue's own 50")
        let saturday = try #require(result.forecast.day("2026-11-07"))
        #expect(abs(saturday.p50 - 16 * 10) < 1, "the sibling's weekend shape")
        #expect(result.forecast.day("2026-11-10")?.p50 == 0, "a recorded closure forecasts nothing")
        let blackFriday = try #require(result.forecast.day("2026-11-27"))
        #expect(abs(blackFriday.p50 - 2.5 * 16 * 50) < 1 && blackFriday.uplift == 2.5, "the sibling's peak uplift")
        let night = try #require(result.forecast.intervals.first { $0.start == start.addingTimeInterval(3 * 3600) })
        #expect(night.p50 == 0)
        let busy = try #require(result.forecast.intervals.first { $0.p50 > 0 })
        #expect(busy.p90 > busy.p50 * 1.2)
    }

    @Test func aQueueWithNoHistoryTakesTheSiblingsMedianLevel() throws {
        let target = FallbackForecaster.Target(timeZone: Self.utc, market: Market("US"), length: .thirtyMinutes, own: nil)
        let start = Self.monday.addingTimeInterval(56 * 86_400)
        let small = FallbackForecaster.Sibling(history: QueueHistory(
            offered: try Self.series(from: Self.monday, days: 56, busy: 20), market: Market("US"), timeZone: Self.utc))
        let large = FallbackForecaster.Sibling(history: QueueHistory(
            offered: try Self.series(from: Self.monday, days: 56, busy: 300), market: Market("US"), timeZone: Self.utc))
        let result = try FallbackForecaster().forecast(target, siblings: [small, try Self.sibling(), large], from: start,
                                                       until: start.addingTimeInterval(7 * 86_400))
        #expect(result.level == .siblingMedian(3))
        #expect(abs((result.forecast.day("2026-11-03")?.p50 ?? 0) - 16 * 100) < 1, "the median sibling's weekday")
    }

    @Test func withoutSiblingsAShortHistoryIsRepeatedAndNothingAtAllIsRefused() throws {
        let own = try Self.series(from: Self.monday, days: 3, busy: 40)
        let target = FallbackForecaster.Target(timeZone: Self.utc, market: Market("US"), length: .thirtyMinutes, own: own)
        let result = try FallbackForecaster().forecast(target, siblings: [], from: own.end,
                                                       until: own.end.addingTimeInterval(7 * 86_400))
        #expect(result.shape == .ownMeanDay(days: 3))
        #expect(abs((result.forecast.day("2026-09-12")?.p50 ?? 0) - 16 * 40) < 1, "its mean day, weekends included")
        let empty = FallbackForecaster.Target(timeZone: Self.utc, market: Market("US"), length: .thirtyMinutes, own: nil)
        #expect(throws: FallbackError.nothingToBorrow(ownDays: 0)) {
            try FallbackForecaster().forecast(empty, siblings: [], from: own.end, until: own.end.addingTimeInterval(86_400))
        }
    }
}
