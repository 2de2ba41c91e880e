import Foundation
import Testing
import Forecasting

@Suite("Post-peak weeks and the bridged baseline")
struct PostPeakBaselineTests {
    @Test("Busy weeks after last season (January sales) do not lower the uplifts learned from it: next run-up is not under-forecast")
    func januarySalesDoNotHideTheRunUp() throws {
        var queue = PeakPriorTests.queue(seed: 51, first: "2024-06-03", blackFriday: 2.2, runUp: 1.45)
        queue.dailyVolumeAtStart = 3000
        let peak = queue.multiplier
        queue.multiplier = { day in
            // Two weeks of January sales right after the season's window (which ends 4 January).
            let (_, month, dayOfMonth) = day.components
            return month == 1 && (5...18).contains(dayOfMonth) ? 1.3 * peak(day) : peak(day)
        }
        let series = queue.generate()
        func runUpBias(_ forecaster: VolumeForecaster) throws -> Double {
            let forecast = try forecaster.forecast(queue.history(queue.truncated(series, before: "2025-11-02")),
                                                   from: queue.instant("2025-11-02"), until: queue.instant("2026-01-01"))
            var forecastTotal = 0.0, actualTotal = 0.0
            for day in forecast.days where day.day >= "2025-12-10" && day.day <= "2025-12-23" {
                forecastTotal += day.p50
                actualTotal += queue.actual(day.day, in: series)
            }
            return forecastTotal / actualTotal - 1
        }
        let bias = try runUpBias(Fixtures.forecaster)
        #expect(abs(bias) < 0.03, "run-up bias \(bias)")
        // The bridge resting on the January weeks (callboard-volume-3) learned the run-up too low.
        let before = try runUpBias(VolumeForecaster(configuration: .init(postPeakWeeks: 0)))
        #expect(before < bias - 0.01, "without skipping: \(before), skipping: \(bias)")
    }
}
