import Foundation
import Testing
import Forecasting

/// Runs only when CALLBOARD_FORECAST_SPEED is set, meant for a release build:
/// `CALLBOARD_FORECAST_SPEED=1 swift test -c release --filter Speed`.
@Suite("Speed", .enabled(if: ProcessInfo.processInfo.environment["CALLBOARD_FORECAST_SPEED"] != nil))
struct SpeedTests {
    @Test("40 queues, 2 years of 30-minute history each, 6 weeks ahead: well under 30 s")
    func fortyQueues() throws {
        let zones = ["America/New_York", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Brussels",
                     "America/Mexico_City", "America/Sao_Paulo", "America/Los_Angeles"]
        let markets: [Market] = ["US", "GB", "DE", "FR", "BE", "MX", "BR", "US"]
        let histories = (0..<40).map { index in
            var queue = SyntheticQueue()
            queue.timeZone = TimeZone(identifier: zones[index % zones.count])!
            queue.market = markets[index % markets.count]
            queue.firstDay = "2024-11-02"
            queue.lastDay = "2026-11-01"
            queue.dailyVolumeAtStart = 200 + 150 * Double(index)
            queue.seed = UInt64(index + 1)
            return queue.history(queue.generate())
        }
        let forecaster = VolumeForecaster()
        var intervals = 0
        let elapsed = try ContinuousClock().measure {
            for history in histories { intervals += try forecaster.forecast(history, weeks: 6).intervals.count }
        }
        print("Forecasting: 40 queues x \(histories[0].offered.offered.count) history intervals,",
              "\(intervals) forecast intervals in \(elapsed)")
        #expect(intervals == 40 * 6 * 336)
        #expect(elapsed < .seconds(30))
    }
}
