import Foundation
import Forecasting

/// A realistic queue history for tests, written independently of the model: weekly and
/// intraday shape on the market's clock (via Foundation's TimeZone, per hour), steady
/// growth, US peak season and Prime Day as multipliers on known dates, daily and Poisson noise.
struct SyntheticQueue {
    var timeZone = TimeZone(identifier: "America/New_York")!
    var market = Market.unitedStates
    var firstDay: LocalDate = "2024-01-01"
    /// Last local day generated (inclusive).
    var lastDay: LocalDate = "2026-12-31"
    var length = IntervalLength.thirtyMinutes
    var dailyVolumeAtStart = 2000.0
    var annualGrowth = 0.25
    /// Monday ... Sunday.
    var weekdayFactors = [1.12, 1.08, 1.04, 1.0, 0.96, 0.45, 0.38]
    var dailyNoise = 0.04
    var seed: UInt64 = 42

    /// The peak multiplier of a local day (1 on normal days): the truth the model must learn.
    static func peakMultiplier(_ day: LocalDate) -> Double {
        let blackFridays: [Int: LocalDate] = [2024: "2024-11-29", 2025: "2025-11-28", 2026: "2026-11-27"]
        let primeDays: [Int: ClosedRange<LocalDate>] = [
            2024: "2024-07-16"..."2024-07-17", 2025: "2025-07-08"..."2025-07-11", 2026: "2026-07-14"..."2026-07-15"]
        let (year, month, dayOfMonth) = day.components
        if let blackFriday = blackFridays[year] {
            let k = blackFriday.distance(to: day)
            let aroundBlackFriday: [Int: Double] = [
                -4: 1.15, -3: 1.2, -2: 1.3, -1: 0.75, 0: 2.5, 1: 1.9, 2: 1.7, 3: 2.5, 4: 1.9, 5: 1.6,
                6: 1.45, 7: 1.35, 8: 1.3, 9: 1.25, 10: 1.2, 11: 1.2, 12: 1.15, 13: 1.15]
            if let multiplier = aroundBlackFriday[k] { return multiplier }
        }
        if month == 12 {
            switch dayOfMonth {
            case 10...23: return 1.25
            case 24: return 0.8
            case 25: return 0.35
            case 26...31: return 1.15
            default: break
            }
        }
        if let prime = primeDays[year] {
            if prime.contains(day) { return 1.8 }
            if prime.upperBound.adding(days: 1) == day { return 1.3 }
        }
        return 1
    }

    /// Relative intraday intensity at a local minute of day: a late-morning peak (11:00 on
    /// weekdays, 13:00 at weekends), an evening shoulder, quiet nights.
    static func intensity(minuteOfDay: Int, weekend: Bool) -> Double {
        let hour = Double(minuteOfDay) / 60 + 0.25
        func bump(_ centre: Double, _ width: Double) -> Double { exp(-pow((hour - centre) / width, 2) / 2) }
        return weekend ? 0.05 + 1.0 * bump(13.2, 2.6) + 0.5 * bump(20.5, 1.8)
            : 0.04 + 1.0 * bump(11.2, 2.2) + 0.55 * bump(19.5, 2.0)
    }

    /// The expected (noise-free, before daily noise) volume of a local day.
    func expectedDailyVolume(_ day: LocalDate) -> Double {
        let years = Double(firstDay.distance(to: day)) / 365.25
        return dailyVolumeAtStart * pow(1 + annualGrowth, years) * weekdayFactors[day.weekdayIndex]
            * Self.peakMultiplier(day)
    }

    func generate() -> IntervalSeries {
        var random = SeededGenerator(seed: seed)
        let step = length.seconds
        let start = utcStart(of: firstDay), end = utcStart(of: lastDay.adding(days: 1))
        func dayNorm(weekend: Bool) -> Double {
            (0..<length.perDay).reduce(0.0) { $0 + Self.intensity(minuteOfDay: $1 * length.minutes, weekend: weekend) }
        }
        let weekdayNorm = dayNorm(weekend: false), weekendNorm = dayNorm(weekend: true)
        var offered: [Double] = []
        var offset = 0, currentDay = Int.min, dayVolume = 0.0
        var t = start
        while t < end {
            if t % 3600 == 0 || offered.isEmpty {
                offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t)))
            }
            let local = t + offset
            let dayNumber = Int((Double(local) / 86_400).rounded(.down))
            let day = LocalDate(daysSinceEpoch: dayNumber)
            if dayNumber != currentDay {
                currentDay = dayNumber
                dayVolume = expectedDailyVolume(day) * exp(dailyNoise * random.normal() - dailyNoise * dailyNoise / 2)
            }
            let weekend = day.weekdayIndex >= 5
            let share = Self.intensity(minuteOfDay: (local - dayNumber * 86_400) / 60, weekend: weekend)
                / (weekend ? weekendNorm : weekdayNorm)
            offered.append(random.poisson(dayVolume * share))
            t += step
        }
        return try! IntervalSeries(start: Date(timeIntervalSince1970: Double(start)), length: length, offered: offered)
    }

    func history(_ series: IntervalSeries) -> QueueHistory {
        QueueHistory(offered: series, market: market, timeZone: timeZone)
    }

    /// UTC instant (epoch seconds) of local midnight starting `day`, via Foundation's Calendar.
    func utcStart(of day: LocalDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (y, m, d) = day.components
        return Int(calendar.date(from: DateComponents(year: y, month: m, day: d))!.timeIntervalSince1970)
    }

    func instant(_ day: LocalDate) -> Date { Date(timeIntervalSince1970: Double(utcStart(of: day))) }
}
