import Foundation
import Testing
import Forecasting

@Suite("El Buen Fin")
struct ElBuenFinTests {
    @Test("Friday to Monday of Revolution Day's long weekend, in Mexico only")
    func rule() {
        let calendar = SpecialDayCalendar.standard
        func days(_ year: Int, _ market: Market) -> ClosedRange<LocalDate>? {
            calendar.dates(in: year, market: market).first { $0.event == .elBuenFin }?.days
        }
        #expect(days(2024, "MX") == "2024-11-15"..."2024-11-18")
        #expect(days(2025, "MX") == "2025-11-14"..."2025-11-17")
        #expect(days(2026, "MX") == "2026-11-13"..."2026-11-16")
        #expect(days(2026, .unitedStates) == nil)
    }

    /// A Mexican 7-day queue whose El Buen Fin runs at 2x on Friday and Saturday, 1.6x on
    /// Sunday and Monday, and +30% on Tuesday.
    static func queue() -> MessyQueue {
        var queue = MessyQueue(timeZone: TimeZone(identifier: "America/Mexico_City")!, market: "MX",
                               firstDay: "2024-06-03", lastDay: "2025-12-31")
        queue.weekdayFactors = [1.1, 1.05, 1.0, 1.0, 0.95, 0.8, 0.7]
        queue.openMinutes = 8 * 60..<22 * 60
        queue.seed = 41
        queue.multiplier = { day in
            let monday = LocalDate.nth(3, weekdayIndex: 0, month: 11, year: day.year)
            return [-3: 2.0, -2: 2.0, -1: 1.6, 0: 1.6, 1: 1.3][monday.distance(to: day)] ?? 1
        }
        return queue
    }

    @Test("Learned from last year's El Buen Fin, the Friday and Saturday are forecast at about 2x")
    func learnedFromLastYear() throws {
        let queue = Self.queue()
        let history = queue.history(queue.truncated(queue.generate(), before: "2025-11-03"))
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 3)
        for day: LocalDate in ["2025-11-14", "2025-11-15"] {
            let forecastDay = try #require(forecast.day(day))
            #expect(forecastDay.peakDay?.event == .elBuenFin)
            #expect(abs(forecastDay.p50 / (2.0 * queue.normalVolume(day)) - 1) < 0.12,
                    "\(day): \(forecastDay.p50) against \(2.0 * queue.normalVolume(day))")
        }
    }
}
