import Foundation
import Testing
import Forecasting

@Suite("Peak baselines")
struct PeakBaselineTests {
    /// A queue whose history starts on 1 November 2024, three weeks before its first peak
    /// season (as the demo world's does): too little to extrapolate a trend across the season.
    static let lateStart = SyntheticQueue(firstDay: "2024-11-01", lastDay: "2025-12-31")
    static let lateStartSeries = lateStart.generate()

    static func uplift(_ queue: SyntheticQueue, _ series: IntervalSeries, on day: LocalDate,
                       prior: Double = 0.5) throws -> ForecastDay {
        let history = queue.history(Fixtures.truncated(series, before: queue.instant("2025-11-17")))
        // Shrinkage toward 1, as for an event without a documented default (callboard-volume-6 for all).
        let forecaster = VolumeForecaster(configuration: .init(upliftPriorSpread: prior, shrinksTowardRetailDefaults: false))
        return try #require(forecaster.forecast(history, weeks: 3).day(day))
    }

    @Test("A first peak season three weeks into the history is learned, measured against the weeks on both sides",
          arguments: [("2025-11-24", 1.15), ("2025-11-27", 0.75), ("2025-11-28", 2.5), ("2025-11-29", 1.9),
                      ("2025-12-01", 2.5), ("2025-12-04", 1.45)] as [(LocalDate, Double)])
    func firstSeason(day: LocalDate, truth: Double) throws {
        let forecast = try Self.uplift(Self.lateStart, Self.lateStartSeries, on: day)
        #expect(forecast.upliftEvidence == 1)
        #expect(abs(forecast.uplift / truth - 1) < 0.1)
        #expect(abs(forecast.p50 / Self.lateStart.expectedDailyVolume(day) - 1) < 0.12)
    }

    @Test("With only that first season to learn from, the model beats seasonal naive over Black Friday 2025")
    func backtestAfterFirstSeason() throws {
        let queue = Self.lateStart
        let result = try Backtest().run(queue.history(Self.lateStartSeries), testStart: queue.instant("2025-11-24"),
                                        testEnd: queue.instant("2025-12-08"))
        #expect(try #require(result.model.days.wape) < 0.10)
        #expect(try #require(result.model.days.wape) < (try #require(result.seasonalNaive.days.wape)) / 3)
        #expect(abs(try #require(result.model.days.bias)) < 0.05)
        #expect(result.p90Coverage > 0.84 && result.p90Coverage < 0.97)
    }

    @Test("One past peak on a queue whose normal days swing widely is shrunk toward 1; on a steady queue it is not")
    func shrinkageFollowsNoise() throws {
        let noisy = SyntheticQueue(firstDay: "2024-11-01", lastDay: "2025-12-31", dailyNoise: 0.45, seed: 7)
        let noisySeries = noisy.generate()
        func shrinkage(_ queue: SyntheticQueue, _ series: IntervalSeries) throws -> Double {
            let standard = try Self.uplift(queue, series, on: "2025-11-28").uplift
            let nearlyFlatPrior = try Self.uplift(queue, series, on: "2025-11-28", prior: 10).uplift
            return log(standard) / log(nearlyFlatPrior)
        }
        let steady = try shrinkage(Self.lateStart, Self.lateStartSeries)
        let swinging = try shrinkage(noisy, noisySeries)
        #expect(steady > 0.95)
        #expect(swinging < 0.75 && swinging > 0.3)
    }
}
