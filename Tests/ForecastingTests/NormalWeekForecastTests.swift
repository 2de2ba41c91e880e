import Foundation
import Testing
import Forecasting

@Suite("Forecast of normal weeks")
struct NormalWeekForecastTests {
    let queue = Fixtures.newYork

    @Test("A normal week is forecast within 10% daily WAPE and 15% interval WAPE")
    func normalWeek() throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant("2026-09-14"), testEnd: queue.instant("2026-09-21"))
        #expect(try #require(result.model.days.wape) < 0.10)
        #expect(try #require(result.model.intervals.wape) < 0.15)
        #expect(abs(try #require(result.model.days.bias)) < 0.05)
        #expect(result.model.days.count == 7)
    }

    @Test("Six weeks ahead stay within 10% daily WAPE of what happened",
          arguments: ["2026-03-02", "2026-09-14"] as [LocalDate])
    func sixWeeks(start: LocalDate) throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant(start), testEnd: queue.instant(start.adding(days: 42)))
        #expect(try #require(result.model.days.wape) < 0.10)
        #expect(try #require(result.model.intervals.wape) < 0.15)
    }

    @Test("The weekly pattern and growth are learned: Mondays above Sundays, next year above this one")
    func weeklyPatternAndGrowth() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-09-14"), weeks: 2)
        let monday = try #require(forecast.day("2026-09-14")).p50
        let sunday = try #require(forecast.day("2026-09-20")).p50
        #expect(monday / sunday > 2.5 && monday / sunday < 3.4)  // truth 1.12 / 0.38 = 2.95
        let expected = queue.expectedDailyVolume("2026-09-14")
        #expect(abs(monday / expected - 1) < 0.06)
        let growth = monday / queue.expectedDailyVolume("2025-09-15")  // truth: 25% a year
        #expect(growth > 1.15 && growth < 1.35)
    }

    @Test("The forecast carries its model version, market, timezone and training range")
    func stamps() throws {
        let history = Fixtures.newYorkHistory(before: "2026-09-14")
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 1)
        #expect(forecast.modelVersion == "callboard-volume-8")
        #expect(forecast.market == .unitedStates)
        #expect(forecast.timeZoneIdentifier == "America/New_York")
        #expect(forecast.trainingRange == history.offered.start..<history.offered.end)
        #expect(forecast.intervals.count == 336)
        #expect(forecast.intervals.first?.start == history.offered.end)
        #expect(forecast.days.count == 7 && forecast.days.allSatisfy(\.isWholeDay))
    }

    @Test("Same input, same forecast")
    func determinism() throws {
        let history = Fixtures.newYorkHistory(before: "2026-11-02")
        let first = try Fixtures.forecaster.forecast(history, weeks: 6)
        let second = try VolumeForecaster().forecast(history, weeks: 6)
        #expect(first == second)
    }

    @Test("A horizon that does not start or end at local midnight still covers it exactly")
    func partialDays() throws {
        let history = Fixtures.newYorkHistory(before: "2026-09-14")
        let start = history.offered.end.addingTimeInterval(5 * 3600)
        let forecast = try Fixtures.forecaster.forecast(history, from: start, until: start.addingTimeInterval(86_400))
        #expect(forecast.intervals.count == 48)
        #expect(forecast.intervals.first?.start == start)
        #expect(forecast.days.count == 2 && forecast.days.allSatisfy { !$0.isWholeDay })
    }
}
