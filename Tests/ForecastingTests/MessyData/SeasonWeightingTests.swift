import Foundation
import Testing
@testable import Forecasting

@Suite("Past seasons weighed by recency")
struct SeasonWeightingTests {
    @Test("Two seasons: the latest weighs most; with no drift between years it is the plain mean")
    func latestSeasonWeighsMost() {
        let old = log(1.6), latest = log(2.2)
        let plain = PeakUplifts.seasonsCombined([old, latest], noise: 0.005, yearVariance: 0)
        #expect(abs(plain.mean - (old + latest) / 2) < 1e-12 && abs(plain.effectiveCount - 2) < 1e-12)
        let drifting = PeakUplifts.seasonsCombined([old, latest], noise: 0.005, yearVariance: 0.01)
        let latestWeight = (drifting.mean - old) / (latest - old)
        #expect(abs(latestWeight - 0.75) < 1e-9, "latest season's weight \(latestWeight)")
        #expect(drifting.effectiveCount > 1 && drifting.effectiveCount < 2)
        let one = PeakUplifts.seasonsCombined([latest], noise: 0.005, yearVariance: 0.01)
        #expect(one.mean == latest && abs(one.effectiveCount - 1) < 1e-12)
    }

    /// A US 24/7 queue whose Black Friday grows from season to season (1.6x, 2.0x, then 2.4x),
    /// as e-commerce peaks did for years: an equal-weight mean of the past seasons lags behind.
    static func growingPeak() -> MessyQueue {
        var queue = MessyQueue(timeZone: TimeZone(identifier: "America/New_York")!, market: "US",
                               firstDay: "2022-06-06", lastDay: "2025-12-31")
        queue.weekdayFactors = [1.1, 1.05, 1.0, 1.0, 0.95, 0.5, 0.4]
        queue.openMinutes = nil
        queue.dailyNoise = 0.05
        queue.seed = 31
        queue.multiplier = { day in
            guard day == PeakEvent.blackFriday.ruleDays(in: day.year)!.lowerBound else { return 1 }
            return [2022: 1.6, 2023: 2.0, 2024: 2.4, 2025: 2.8][day.year] ?? 1
        }
        return queue
    }

    @Test("A peak growing from season to season is forecast nearer its latest season than the mean of all")
    func growingPeakFollowsTheLatestSeason() throws {
        let queue = Self.growingPeak()
        let history = queue.history(queue.truncated(queue.generate(), before: "2025-11-02"))
        let weighted = try #require(try Fixtures.forecaster.forecast(history, weeks: 4).day("2025-11-28"))
        let plain = try #require(try VolumeForecaster(configuration: .init(weighsRecentSeasons: false))
            .forecast(history, weeks: 4).day("2025-11-28"))
        // Past seasons 1.6, 2.0, 2.4: their plain mean in logs is about 1.97, and the season to come runs at 2.8.
        #expect(plain.uplift < 2.05, "plain \(plain.uplift)")
        #expect(weighted.uplift > 2.2 && weighted.uplift < 2.5, "weighted \(weighted.uplift)")
        #expect(abs(weighted.p50 / (2.8 * queue.normalVolume("2025-11-28")) - 1)
            < abs(plain.p50 / (2.8 * queue.normalVolume("2025-11-28")) - 1))
    }
}
