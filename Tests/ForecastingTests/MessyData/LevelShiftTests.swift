import Foundation
import Testing
@testable import Forecasting

@Suite("Level shifts at the end of history")
struct LevelShiftTests {
    @Test("A queue that stepped up 20% three weeks before the origin is forecast at its new level")
    func stepUpIsFollowed() throws {
        var queue = MessyQueue()
        queue.firstDay = "2025-01-06"
        queue.lastDay = "2025-10-31"
        queue.seed = 41
        queue.multiplier = { day in day >= "2025-09-08" ? 1.2 : 1 }
        let series = queue.generate()
        func bias(_ forecaster: VolumeForecaster) throws -> Double {
            let forecast = try forecaster.forecast(queue.history(queue.truncated(series, before: "2025-09-29")),
                                                   from: queue.instant("2025-09-29"), until: queue.instant("2025-10-27"))
            var forecastTotal = 0.0, actualTotal = 0.0
            for day in forecast.days {
                forecastTotal += day.p50
                actualTotal += queue.actual(day.day, in: series)
            }
            return forecastTotal / actualTotal - 1
        }
        let followed = try bias(Fixtures.forecaster)
        #expect(abs(followed) < 0.05, "bias \(followed)")
        // callboard-volume-3 (no level shifts) stayed at the old level.
        let ignored = try bias(VolumeForecaster(configuration: .init(followsLevelShifts: false)))
        #expect(ignored < -0.05, "bias without following the shift \(ignored)")
    }

    @Test("The rule: two latest weeks on the same side, beyond the older weeks' scatter, move the level by their median")
    func rule() {
        // Most recent first; a flat line at log 7 with small scatter in the older weeks.
        func week(_ index: Int) -> DailyTrend.WeeklyLevel {
            let wobble: Double = index % 2 == 0 ? 0.01 : -0.01
            return (day: Double(-7 * index), log: 7 + wobble)
        }
        let older: [DailyTrend.WeeklyLevel] = (2..<10).map(week)
        let up: [DailyTrend.WeeklyLevel] = [(day: 0, log: 7.18), (day: -7, log: 7.16)] + older
        #expect(abs(DailyTrend.recentShift(of: up, logLevel: 7, slope: 0, anchorDay: 0) - 0.17) < 1e-9)
        let mixed: [DailyTrend.WeeklyLevel] = [(day: 0, log: 7.18), (day: -7, log: 6.9)] + older
        #expect(DailyTrend.recentShift(of: mixed, logLevel: 7, slope: 0, anchorDay: 0) == 0)
        let small: [DailyTrend.WeeklyLevel] = [(day: 0, log: 7.03), (day: -7, log: 7.04)] + older
        #expect(DailyTrend.recentShift(of: small, logLevel: 7, slope: 0, anchorDay: 0) == 0)
        #expect(DailyTrend.recentShift(of: Array(up.prefix(4)), logLevel: 7, slope: 0, anchorDay: 0) == 0)
    }
}
