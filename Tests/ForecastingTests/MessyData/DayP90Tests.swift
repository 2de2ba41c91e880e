import Foundation
import Testing
import Forecasting

@Suite("Day P90")
struct DayP90Tests {
    @Test("A day's P90 is below the sum of its intervals' P90s and covers about 90% of days")
    func dayP90CoversNinetyPercent() throws {
        var queue = MessyQueue(firstDay: "2024-01-01", lastDay: "2025-10-31")
        queue.weekdayFactors = [1.1, 1.05, 1.0, 0.95, 0.9, 0.6, 0.4]
        queue.dailyNoise = 0.06
        let series = queue.generate()
        var covered = 0, days = 0
        for origin: LocalDate in ["2025-02-03", "2025-03-03", "2025-04-07", "2025-05-05", "2025-06-02", "2025-07-07",
                                    "2025-08-04", "2025-09-01"] {
            let forecast = try Fixtures.forecaster.forecast(queue.history(queue.truncated(series, before: origin)), weeks: 4)
            for day in forecast.days where day.isWholeDay {
                let intervals = forecast.intervals(from: queue.instant(day.day), until: queue.instant(day.day.adding(days: 1)))
                let intervalSum = intervals.reduce(0) { $0 + $1.p90 }
                #expect(day.p90 > day.p50)
                #expect(day.p90 < intervalSum, "\(day.day): day P90 \(day.p90) vs interval sum \(intervalSum)")
                days += 1
                if queue.actual(day.day, in: series) <= day.p90 { covered += 1 }
            }
        }
        let coverage = Double(covered) / Double(days)
        #expect(coverage > 0.8 && coverage < 0.98, "coverage \(coverage) over \(days) days")
    }
}
