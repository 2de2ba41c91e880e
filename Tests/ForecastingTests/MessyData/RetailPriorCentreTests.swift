import Foundation
import Testing
@testable import Forecasting

@Suite("One season of a retail peak shrunk toward the event's default, not toward no peak")
struct RetailPriorCentreTests {
    /// The truth's Black Friday season: a typical e-commerce queue, as the documented defaults
    /// describe it (``RetailPeakDefaults``: a run-up to +20%, Black Friday 2x, Cyber Monday 1.8x,
    /// a tail of returns).
    static func season(_ day: LocalDate) -> Double {
        let friday = PeakEvent.thanksgiving(day.year).adding(days: 1)
        let offset = friday.distance(to: day)
        switch offset {
        case -7 ... -1: return [1.05, 1.05, 1.1, 1.1, 1.15, 1.15, 1.2][offset + 7]
        case 0: return 2.0
        case 3: return 1.8
        case 4 ... 10: return [1.5, 1.4, 1.3, 1.25, 1.2, 1.2, 1.2][offset - 4]
        default: return 1
        }
    }

    /// Forecast total over Black Friday - 7 through Cyber Monday + 4 against the truth, for one
    /// seeded weekday queue of about 200 contacts a day (daily noise 10%) whose history holds one past season.
    static func seasonError(seed: UInt64, _ forecaster: VolumeForecaster) throws -> Double {
        var queue = MessyQueue()
        queue.firstDay = "2025-01-06"
        queue.lastDay = "2026-11-08"
        queue.dailyVolumeAtStart = 200
        queue.dailyNoise = 0.1
        queue.seed = seed
        queue.multiplier = { Self.season($0) }
        let series = queue.generate()
        let forecast = try forecaster.forecast(queue.history(series), from: queue.instant("2026-11-09"),
                                               until: queue.instant("2026-12-07"))
        var forecastTotal = 0.0, truthTotal = 0.0
        for day in forecast.days where day.day >= "2026-11-20" && day.day <= "2026-12-04" {
            forecastTotal += day.p50
            truthTotal += queue.normalVolume(day.day) * Self.season(day.day)
        }
        return forecastTotal / truthTotal - 1
    }

    @Test("Over twelve seeded queues the season's mean error is smaller than when shrunk toward 1")
    func strongSeasonKeptStrong() throws {
        let seeds: [UInt64] = Array(401...412)
        let now = try seeds.map { try Self.seasonError(seed: $0, Fixtures.forecaster) }
        // callboard-volume-6: one season shrunk toward an uplift of 1.
        let before = try seeds.map {
            try Self.seasonError(seed: $0, VolumeForecaster(configuration: .init(shrinksTowardRetailDefaults: false)))
        }
        let meanNow = now.reduce(0, +) / Double(now.count), meanBefore = before.reduce(0, +) / Double(before.count)
        #expect(abs(meanNow) < abs(meanBefore) - 0.01, "mean error \(meanNow) now, \(meanBefore) toward 1")
    }
}
