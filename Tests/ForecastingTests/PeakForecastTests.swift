import Foundation
import Testing
import Forecasting

@Suite("Peak days")
struct PeakForecastTests {
    let queue = Fixtures.newYork

    @Test("Black Friday 2026 gets the uplift learned from 2024 and 2025")
    func blackFriday2026() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-11-02"), weeks: 6)
        let blackFriday = try #require(forecast.day("2026-11-27"))
        let normalFriday = try #require(forecast.day("2026-11-13"))
        #expect(blackFriday.peakDay == PeakDay(event: .blackFriday, position: .during(0)))
        #expect(blackFriday.upliftEvidence == 2)
        #expect(blackFriday.p50 / normalFriday.p50 > 1.8)
        #expect(abs(blackFriday.uplift - 2.5) < 0.25)
        #expect(abs(blackFriday.p50 / queue.expectedDailyVolume("2026-11-27") - 1) < 0.12)
        let cyberMonday = try #require(forecast.day("2026-11-30"))
        #expect(abs(cyberMonday.uplift - 2.5) < 0.25)
        // Thanksgiving is quieter than a normal Thursday.
        #expect(try #require(forecast.day("2026-11-26")).uplift < 0.9)
        #expect(normalFriday.peakDay == nil && normalFriday.uplift == 1)
    }

    @Test("With one past Black Friday the uplift is learned from that one")
    func oneYearOfEvidence() throws {
        let history = Fixtures.newYorkHistory(from: "2025-01-05", before: "2026-11-02")
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 6)
        let blackFriday = try #require(forecast.day("2026-11-27"))
        #expect(blackFriday.upliftEvidence == 1)
        #expect(blackFriday.uplift > 2)
    }

    @Test("Without past occurrences (and the retail default switched off) the uplift is exactly 1")
    func noEvidence() throws {
        let history = Fixtures.newYorkHistory(from: "2026-03-02", before: "2026-11-02")
        let forecast = try VolumeForecaster(configuration: .init(usesRetailDefaults: false)).forecast(history, weeks: 6)
        let blackFriday = try #require(forecast.day("2026-11-27"))
        #expect(blackFriday.uplift == 1)
        #expect(blackFriday.upliftEvidence == 0)
        #expect(blackFriday.peakDay?.event == .blackFriday)
    }

    @Test("A tight prior shrinks uplifts toward 1 (an event without a default); a wide one lets the evidence speak")
    func shrinkage() throws {
        let history = Fixtures.newYorkHistory(before: "2026-11-02")
        func uplift(prior: Double, towardDefault: Bool = false) throws -> Double {
            let forecaster = VolumeForecaster(configuration: .init(upliftPriorSpread: prior,
                                                                   shrinksTowardRetailDefaults: towardDefault))
            return try #require(forecaster.forecast(history, weeks: 6).day("2026-11-27")).uplift
        }
        let tight = try uplift(prior: 0.01), standard = try uplift(prior: 0.5), wide = try uplift(prior: 5)
        #expect(tight < 1.25)
        #expect(tight < standard && standard <= wide)
        #expect(abs(wide - 2.5) < 0.25)
        // A retail event with a documented default (Black Friday 2x) is shrunk toward that
        // default instead (callboard-volume-7): a tight prior lands on it, not on "no peak".
        let tightTowardDefault = try uplift(prior: 0.01, towardDefault: true)
        #expect(abs(tightTowardDefault - 2.0) < 0.05, "\(tightTowardDefault)")
        #expect(try uplift(prior: 0.5, towardDefault: true) > standard)
    }

    @Test("Prime Day 2026 (two assumed days) uses the first days of 2024's and 2025's")
    func primeDay() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-06-29"), weeks: 4)
        let first = try #require(forecast.day("2026-07-14"))
        #expect(first.peakDay == PeakDay(event: .primeDay, position: .during(0)))
        #expect(first.upliftEvidence == 2)
        #expect(abs(first.uplift - 1.8) < 0.2)
        let after = try #require(forecast.day("2026-07-16"))
        #expect(after.peakDay == PeakDay(event: .primeDay, position: .after(1)))
        #expect(abs(after.uplift - 1.3) < 0.2)
    }

    @Test("Closed on Sundays: a fixed-date position that fell on a Sunday last year borrows its neighbours' uplift",
          arguments: [("2025-12-15", 1.25), ("2025-12-22", 1.25), ("2025-12-29", 1.15)] as [(LocalDate, Double)])
    func closedWeekday(day: LocalDate, truth: Double) throws {
        // 15, 22 and 29 December 2024 were Sundays; in 2025 they are Mondays.
        let closedSundays = SyntheticQueue(weekdayFactors: [1.12, 1.08, 1.04, 1.0, 0.96, 0.45, 0])
        let series = Fixtures.truncated(closedSundays.generate(), before: closedSundays.instant("2025-12-08"))
        let forecast = try Fixtures.forecaster.forecast(closedSundays.history(series), weeks: 4)
        let monday = try #require(forecast.day(day))
        #expect(monday.upliftEvidence >= 1)
        #expect(abs(monday.uplift / truth - 1) < 0.06)
        #expect(try #require(forecast.day(day.adding(days: -1))).p50 < 1)
    }
}
