import Foundation
import Testing
@testable import Forecasting

@Suite("Growth measured over half a year, level over the latest weeks")
struct GrowthWindowTests {
    /// Relative error of the forecast's total over forecast weeks 3 to 6 (where a peak season's
    /// first weeks sit when the last normal day is a week before the origin) against the
    /// noise-free truth, for one seeded queue growing 10% a year.
    static func horizonError(seed: UInt64, _ forecaster: VolumeForecaster) throws -> Double {
        var queue = MessyQueue()
        queue.firstDay = "2024-09-02"
        queue.lastDay = "2025-09-28"
        queue.dailyNoise = 0.05
        queue.seed = seed
        let series = queue.generate()
        let forecast = try forecaster.forecast(queue.history(series), from: queue.instant("2025-09-29"),
                                               until: queue.instant("2025-11-10"))
        var forecastTotal = 0.0, truthTotal = 0.0
        for day in forecast.days where day.day >= "2025-10-13" {
            forecastTotal += day.p50
            truthTotal += queue.normalVolume(day.day)
        }
        return forecastTotal / truthTotal - 1
    }

    @Test("Over twelve seeded queues the 3-to-6-week-ahead level error is smaller than with a ten-week slope")
    func slopeFromHalfAYear() throws {
        let seeds: [UInt64] = Array(101...112)
        func rms(_ forecaster: VolumeForecaster) throws -> Double {
            let errors = try seeds.map { try Self.horizonError(seed: $0, forecaster) }
            return (errors.reduce(0) { $0 + $1 * $1 } / Double(errors.count)).squareRoot()
        }
        let now = try rms(Fixtures.forecaster)
        // callboard-volume-4: the slope through the same ten weeks as the level.
        let before = try rms(VolumeForecaster(configuration: .init(slopeWindowWeeks: 10)))
        #expect(now < 0.75 * before, "rms error \(now) with 26 weeks, \(before) with 10")
        #expect(now < 0.025, "rms error \(now)")
    }

    @Test("The rule: the slope through every level given, the level from the latest ones under that slope")
    func rule() throws {
        // Most recent first: 26 weeks on a line growing 0.001 a day (log), the latest 5 dipped 3%.
        let levels: [DailyTrend.WeeklyLevel] = (0..<26).map { week in
            let day = Double(-7 * week)
            return (day: day, log: 7 + 0.001 * day + (week < 5 ? -0.03 : 0))
        }
        let long = try #require(DailyTrend(fittingThrough: levels, levelWeeks: 10, anchorDay: 0, dampingPerDay: 1))
        #expect(abs(long.slope - 0.001) < 1e-9)
        #expect(abs(long.level(on: 0) - exp(7 - 0.015)) < 1e-6)   // median of the 10 latest intercepts, half of them dipped
        // Ten weeks alone read the dip as a decline (the old fit).
        let short = try #require(DailyTrend(fittingThrough: Array(levels.prefix(10)), anchorDay: 0, dampingPerDay: 1))
        #expect(short.slope < 0.001)
    }
}
