import Foundation
import Testing
import Forecasting

@Suite("Closures and public holidays")
struct ClosureAndHolidayTests {
    /// A German weekday queue that closes on every public holiday.
    static let closing: MessyQueue = {
        var queue = MessyQueue(market: "DE", firstDay: "2024-01-01", lastDay: "2025-12-31")
        let calendar = PublicHolidayCalendar.standard
        queue.multiplier = { day in
            ((try? calendar.holidays(on: day, market: "DE")) ?? []).isEmpty ? 1 : 0
        }
        return queue
    }()
    static let closingSeries = closing.generate()

    @Test("Holiday closures in the history do not drag the weeks after them down")
    func closuresDoNotDrag() throws {
        // Good Friday, Easter Monday, 1 May, Ascension and Whit Monday 2025 all fall in the 10 weeks before.
        let origin: LocalDate = "2025-06-16"
        let forecast = try Fixtures.forecaster.forecast(
            Self.closing.history(Self.closing.truncated(Self.closingSeries, before: origin)), weeks: 4)
        var forecastTotal = 0.0, truthTotal = 0.0
        for day in forecast.days where day.isWholeDay {
            forecastTotal += day.p50
            truthTotal += Self.closing.normalVolume(day.day)
        }
        #expect(abs(forecastTotal / truthTotal - 1) < 0.03, "forecast \(forecastTotal) vs truth \(truthTotal)")
        #expect(forecast.flaggedDays.isEmpty, "\(forecast.flaggedDays)")
    }

    @Test("A holiday the queue closed on last year forecasts about zero; the days around it do not")
    func closedHolidayForecastsZero() throws {
        let origin: LocalDate = "2025-09-29"
        let forecast = try Fixtures.forecaster.forecast(
            Self.closing.history(Self.closing.truncated(Self.closingSeries, before: origin)), weeks: 2)
        let unity = try #require(forecast.day("2025-10-03"))
        #expect(unity.p50 < 0.05 * Self.closing.normalVolume("2025-10-03"), "\(unity)")
        #expect(unity.holiday != nil)
        let before = try #require(forecast.day("2025-10-02"))
        #expect(abs(before.p50 / Self.closing.normalVolume("2025-10-02") - 1) < 0.1, "\(before)")
        let week = try #require(forecast.day("2025-10-10"))
        #expect(abs(week.p50 / Self.closing.normalVolume("2025-10-10") - 1) < 0.05, "\(week)")
    }

    @Test("A known closure forecasts 0 in every interval, P90 included, and teaches nothing")
    func knownClosureForecastsZero() throws {
        let origin: LocalDate = "2025-06-16"
        let closures: [LocalDate: String] = ["2025-06-18": "site move", "2025-05-21": "strike"]
        var series = Self.closingSeries
        var offered = series.offered
        for position in Self.closing.positions(of: "2025-05-21", in: series) { offered[position] = 0 }
        series = try IntervalSeries(start: series.start, length: series.length, offered: offered)
        let history = Self.closing.history(Self.closing.truncated(series, before: origin), known: KnownDays(closures: closures))
        let forecast = try Fixtures.forecaster.forecast(history, weeks: 1)
        let closed = try #require(forecast.day("2025-06-18"))
        #expect(closed.p50 == 0 && closed.p90 == 0 && closed.isClosed)
        let start = Self.closing.instant("2025-06-18"), end = Self.closing.instant("2025-06-19")
        let intervals = forecast.intervals(from: start, until: end)
        #expect(!intervals.isEmpty && intervals.allSatisfy { $0.p50 == 0 && $0.p90 == 0 })
        // The closed day in the history is neither flagged as an outage nor learned.
        #expect(forecast.flaggedDays.isEmpty)
        let open = try #require(forecast.day("2025-06-17"))
        #expect(abs(open.p50 / Self.closing.normalVolume("2025-06-17") - 1) < 0.06, "\(open)")
    }

    @Test("A holiday the queue stays open on learns its own effect, and the day after it")
    func openHolidayLearnsItsEffect() throws {
        var queue = MessyQueue(market: "DE", firstDay: "2024-01-01", lastDay: "2025-12-31")
        queue.weekdayFactors = [1.1, 1.05, 1.0, 0.95, 0.9, 0.6, 0.4]
        let calendar = PublicHolidayCalendar.standard
        queue.multiplier = { day in
            if !((try? calendar.holidays(on: day, market: "DE")) ?? []).isEmpty { return 0.5 }
            if !((try? calendar.holidays(on: day.adding(days: -1), market: "DE")) ?? []).isEmpty { return 1.3 }
            return 1
        }
        let series = queue.generate()
        let forecast = try Fixtures.forecaster.forecast(queue.history(queue.truncated(series, before: "2025-09-29")), weeks: 2)
        let unity = try #require(forecast.day("2025-10-03"))
        #expect(abs(unity.p50 / (0.5 * queue.normalVolume("2025-10-03")) - 1) < 0.12, "\(unity)")
        let after = try #require(forecast.day("2025-10-04"))
        #expect(abs(after.p50 / (1.3 * queue.normalVolume("2025-10-04")) - 1) < 0.12, "\(after)")
    }

    @Test("A market without a holiday table forecasts without holidays instead of failing")
    func unknownMarketHasNoHolidays() throws {
        var queue = Self.closing
        queue.market = "QQ"
        let forecast = try Fixtures.forecaster.forecast(queue.history(queue.truncated(Self.closingSeries, before: "2025-09-29")),
                                                        weeks: 1)
        #expect(forecast.days.count == 7)
    }
}

extension ClosureAndHolidayTests {
    @Test("A holiday not yet in the history of a queue that closed on every holiday so far forecasts about zero")
    func unseenHolidayFollowsTheOthers() throws {
        // History from January 2025: Unity Day (3 October) has never been seen, but Easter,
        // 1 May, Ascension and Whit Monday were closed.
        var queue = Self.closing
        queue.firstDay = "2025-01-06"
        let series = queue.generate()
        let forecast = try Fixtures.forecaster.forecast(queue.history(queue.truncated(series, before: "2025-09-29")), weeks: 2)
        let unity = try #require(forecast.day("2025-10-03"))
        #expect(unity.p50 < 0.05 * queue.normalVolume("2025-10-03"), "\(unity)")
        let after = try #require(forecast.day("2025-10-06"))
        #expect(abs(after.p50 / queue.normalVolume("2025-10-06") - 1) < 0.1, "\(after)")
    }
}
