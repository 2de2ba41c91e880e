import Foundation
import Testing
import Forecasting

@Suite("P90")
struct PredictionIntervalTests {
    let queue = Fixtures.newYork

    @Test("P90 is never below P50, and above it wherever volume is expected",
          arguments: ["2026-03-02", "2026-10-19", "2026-11-02", "2026-12-14"] as [LocalDate])
    func ordering(origin: LocalDate) throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: origin), weeks: 6)
        #expect(forecast.intervals.count == 6 * 336)
        for interval in forecast.intervals {
            #expect(interval.p50 >= 0)
            #expect(interval.p90 >= interval.p50)
            if interval.p50 > 0 { #expect(interval.p90 > interval.p50) }
        }
    }

    @Test("About 90% of actual intervals stay under P90, on normal weeks and over a peak",
          arguments: [("2026-09-14", "2026-10-26"), ("2025-11-17", "2025-12-08")] as [(LocalDate, LocalDate)])
    func coverage(start: LocalDate, end: LocalDate) throws {
        let result = try Backtest().run(queue.history(Fixtures.newYorkSeries),
                                        testStart: queue.instant(start), testEnd: queue.instant(end))
        #expect(result.p90Coverage > 0.84 && result.p90Coverage < 0.97)
    }

    @Test("Peak days get a wider P90 than normal days: the uplift itself is uncertain")
    func widerOnPeaks() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-11-02"), weeks: 6)
        func relativeWidth(_ day: LocalDate) -> Double {
            let start = queue.instant(day).addingTimeInterval(11 * 3600)
            let interval = forecast.intervals.first { $0.start == start }!
            return interval.p90 / interval.p50
        }
        // Black Friday has 2.5x the volume, so with equal relative error its Poisson part alone
        // would make it narrower; the uplift's variance must more than make up for that.
        #expect(relativeWidth("2026-11-27") > relativeWidth("2026-11-13") - 0.02)
    }
}
