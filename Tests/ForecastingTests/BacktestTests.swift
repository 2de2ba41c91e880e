import Foundation
import Testing
import Forecasting

@Suite("Backtest")
struct BacktestTests {
    let queue = Fixtures.newYork

    @Test("Over Black Friday 2025 week the model beats seasonal naive at interval and day level")
    func blackFriday2025() throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant("2025-11-17"), testEnd: queue.instant("2025-12-08"))
        let model = result.model, naive = result.seasonalNaive
        #expect(try #require(model.intervals.wape) < (try #require(naive.intervals.wape)) / 2)
        #expect(try #require(model.days.wape) < (try #require(naive.days.wape)) / 3)
        #expect(try #require(model.days.wape) < 0.10)
        #expect(abs(try #require(model.days.bias)) < 0.05)
        // Seasonal naive repeats a week without a peak, so it under-forecasts badly.
        #expect(try #require(naive.days.bias) < -0.2)
        #expect(model.days.count == 21 && model.intervals.count == 21 * 48)
    }

    @Test("Over the Christmas season and Prime Day the model beats seasonal naive too",
          arguments: [("2025-12-01", "2026-01-12"), ("2025-07-01", "2025-07-29")] as [(LocalDate, LocalDate)])
    func otherPeaks(start: LocalDate, end: LocalDate) throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant(start), testEnd: queue.instant(end))
        #expect(try #require(result.model.days.wape) < (try #require(result.seasonalNaive.days.wape)))
        #expect(try #require(result.model.intervals.wape) < (try #require(result.seasonalNaive.intervals.wape)))
    }

    @Test("Seasonal naive on a normal week is last week repeated, so a flat history scores 0")
    func seasonalNaiveOnFlatHistory() throws {
        let start = queue.instant("2026-04-06")  // 12 weeks without a DST change
        let series = try IntervalSeries(start: start, length: .thirtyMinutes,
                                        offered: (0..<(12 * 336)).map { Double($0 % 48) })
        let result = try Backtest().run(queue.history(series), testStart: start.addingTimeInterval(10 * 7 * 86_400),
                                        testEnd: series.end)
        #expect(result.seasonalNaive.intervals.wape == 0)
        #expect(try #require(result.model.intervals.wape) < 0.01)
    }
}
