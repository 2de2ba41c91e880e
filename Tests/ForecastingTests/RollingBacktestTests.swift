import Foundation
import Testing
import Forecasting

/// Issue 12, item 6: a rolling-origin backtest, scored per origin and overall, with an honest verdict.
@Suite("Rolling-origin backtest")
struct RollingBacktestTests {
    @Test func originsAreAWeekApartAndEachWindowTrainsOnlyBeforeItsOrigin() throws {
        let history = try ScoringExclusionTests.flatHistory(weeks: 16)
        let lastDay: LocalDate = "2026-06-21"
        let result = try RollingBacktest().run(history, lastDay: lastDay, origins: 3, horizonDays: 28)
        #expect(result.origins == ["2026-05-11", "2026-05-18", "2026-05-25"])
        #expect(result.windows.count == 3)
        for (origin, window) in zip(result.origins, result.windows) {
            #expect(window.forecast.trainingRange.upperBound == ScoringExclusionTests.start(origin))
            #expect(window.intervals.first?.localDay == origin)
            #expect(window.intervals.last?.localDay == origin.adding(days: 27))
            #expect(window.intervals.count == 28 * 48)
        }
        #expect(result.model.intervals.count == 3 * 28 * 48)
        #expect(result.seasonalNaive.intervals.wape == 0)
        #expect(result.windowsBeatingYardstick == 0)
        #expect(result.p90Coverage > 0.5)
    }

    @Test func pooledScoresAreTheWindowsSummed() throws {
        let history = try ScoringExclusionTests.flatHistory(weeks: 16, change: { day, _, value in
            if day == "2026-06-03" { value = 0; return true }
            value *= day.weekdayIndex == 2 ? 1.3 : 1
            return false
        })
        let result = try RollingBacktest().run(history, lastDay: "2026-06-21", origins: 2, horizonDays: 14)
        let pooled = result.model.intervals
        #expect(pooled.count == result.windows.reduce(0) { $0 + $1.model.intervals.count })
        #expect(pooled.totalAbsoluteError == result.windows.reduce(0) { $0 + $1.model.intervals.totalAbsoluteError })
        #expect(result.origins == ["2026-06-01", "2026-06-08"])
        #expect(result.windows.map { $0.excludedDays.map(\.reason) } == [[.feedGap], []])
    }

    @Test func tooManyOriginsOrNoneAreRefused() throws {
        let history = try ScoringExclusionTests.flatHistory(weeks: 16)
        for origins in [0, 53] {
            #expect(throws: ForecastInputError.self) {
                try RollingBacktest().run(history, lastDay: "2026-06-21", origins: origins, horizonDays: 28)
            }
        }
        // Windows reaching back into the first eight weeks cannot be trained.
        #expect(throws: ForecastInputError.self) {
            try RollingBacktest().run(history, lastDay: "2026-06-21", origins: 6, horizonDays: 28)
        }
    }

    @Test func theVerdictSaysWhenAWinnerIsBiasedOrUnderCovered() {
        let actuals = [100.0, 100, 100, 100]
        let model = ForecastAccuracy(forecasts: [107, 107, 107, 107], actuals: actuals)
        let naive = ForecastAccuracy(forecasts: [80, 120, 85, 115], actuals: actuals)
        let biased = BacktestVerdict(model: model, yardstick: naive, p90Coverage: 0.9)
        #expect(biased.beatsYardstick && !biased.isTrustworthy)
        #expect(biased.description.contains("beats seasonal naive on WAPE"))
        #expect(biased.description.contains("but is biased +7.0%"))
        let uncovered = BacktestVerdict(model: ForecastAccuracy(forecasts: [103, 97, 101, 99], actuals: actuals),
                                        yardstick: naive, p90Coverage: 0.72)
        #expect(uncovered.description.contains("but its P90 covers only 72.0% of actuals (under 80.0%)"))
        let good = BacktestVerdict(model: ForecastAccuracy(forecasts: [103, 97, 101, 99], actuals: actuals),
                                   yardstick: naive, p90Coverage: 0.9)
        #expect(good.isTrustworthy && !good.description.contains("but"))
        let losing = BacktestVerdict(model: naive, yardstick: model, p90Coverage: 0.9)
        #expect(losing.description.contains("does NOT beat"))
    }
}
