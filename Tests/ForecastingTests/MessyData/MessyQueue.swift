import Foundation
import Forecasting

/// A queue history with the faults of real telephony feeds, written independently of the
/// model: a weekly and intraday pattern on the market's clock, growth, daily and Poisson
/// noise, and per-day multipliers for closures, holidays, outages and campaigns; whole or
/// partial days can then be taken out of the feed (missing, not zero).
struct MessyQueue {
    var timeZone = TimeZone(identifier: "Europe/Berlin")!
    var market: Market = "ZZ"
    var firstDay: LocalDate = "2024-01-01"
    var lastDay: LocalDate = "2025-12-31"
    var length = IntervalLength.thirtyMinutes
    var dailyVolumeAtStart = 1500.0
    var annualGrowth = 0.1
    /// Monday ... Sunday (0 = closed by its hours).
    var weekdayFactors = [1.15, 1.05, 1.0, 0.95, 0.85, 0, 0]
    /// Local opening hours in minutes of the day (nil: around the clock).
    var openMinutes: Range<Int>? = 8 * 60..<18 * 60
    var dailyNoise = 0.04
    var seed: UInt64 = 7
    /// The truth's departure from the normal pattern on a day (1 on normal days).
    var multiplier: @Sendable (LocalDate) -> Double = { _ in 1 }

    /// Relative intensity at a local minute of day (0 outside the opening hours).
    func intensity(minuteOfDay minute: Int) -> Double {
        if let open = openMinutes, !open.contains(minute) { return 0 }
        let hour = Double(minute) / 60 + 0.25
        return 0.2 + exp(-pow((hour - 11) / 2, 2) / 2) + 0.6 * exp(-pow((hour - 15) / 1.5, 2) / 2)
    }

    /// The normal (noise-free) volume of a day, before its multiplier.
    func normalVolume(_ day: LocalDate) -> Double {
        let years = Double(firstDay.distance(to: day)) / 365.25
        return dailyVolumeAtStart * pow(1 + annualGrowth, years) * weekdayFactors[day.weekdayIndex]
    }

    func generate() -> IntervalSeries {
        var random = SeededGenerator(seed: seed)
        var offered: [Double] = []
        var day = firstDay
        while day <= lastDay {
            let start = utcStart(of: day), end = utcStart(of: day.adding(days: 1))
            let minutes = stride(from: start, to: end, by: length.seconds).map { t in
                (t + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))) - utcStart(of: day)
                    - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utcStart(of: day))))) / 60
            }
            let weights = minutes.map { intensity(minuteOfDay: min(max($0, 0), 1439)) }
            let norm = weights.reduce(0, +)
            let volume = normalVolume(day) * multiplier(day) * exp(dailyNoise * random.normal() - dailyNoise * dailyNoise / 2)
            for weight in weights { offered.append(norm > 0 ? random.poisson(volume * weight / norm) : 0) }
            day = day.adding(days: 1)
        }
        return try! IntervalSeries(start: instant(firstDay), length: length, offered: offered)
    }

    func history(_ series: IntervalSeries, known: KnownDays = KnownDays()) -> QueueHistory {
        QueueHistory(offered: series, market: market, timeZone: timeZone, known: known)
    }

    /// Positions in the series of a local day's intervals.
    func positions(of day: LocalDate, in series: IntervalSeries) -> Range<Int> {
        let first = (utcStart(of: day) - Int(series.start.timeIntervalSince1970)) / length.seconds
        let last = (utcStart(of: day.adding(days: 1)) - Int(series.start.timeIntervalSince1970)) / length.seconds
        return first..<last
    }

    /// The series with some intervals taken out of the feed: their counts become placeholder
    /// zeros listed as missing where the queue was open (closed hours stay real zeros).
    func removing(_ positions: [Int], from series: IntervalSeries) -> IntervalSeries {
        var offered = series.offered
        var missing = series.missing
        for position in positions {
            let t = Int(series.start.timeIntervalSince1970) + position * length.seconds
            let local = t + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t)))
            let minute = ((local % 86_400) + 86_400) % 86_400 / 60
            let weekday = LocalDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down))).weekdayIndex
            guard weekdayFactors[weekday] > 0, intensity(minuteOfDay: minute) > 0 else { continue }
            offered[position] = 0
            missing.insert(position)
        }
        return try! IntervalSeries(start: series.start, length: series.length, offered: offered, missing: missing)
    }

    /// The series up to local midnight starting `day` (exclusive).
    func truncated(_ series: IntervalSeries, before day: LocalDate) -> IntervalSeries {
        let count = (utcStart(of: day) - Int(series.start.timeIntervalSince1970)) / length.seconds
        return try! IntervalSeries(start: series.start, length: series.length, offered: Array(series.offered.prefix(count)),
                                   missing: series.missing.filteredIndexSet { $0 < count })
    }

    /// Actual volume of a local day in the series.
    func actual(_ day: LocalDate, in series: IntervalSeries) -> Double {
        series.offered[positions(of: day, in: series)].reduce(0, +)
    }

    func utcStart(of day: LocalDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (y, m, d) = day.components
        return Int(calendar.date(from: DateComponents(year: y, month: m, day: d))!.timeIntervalSince1970)
    }

    func instant(_ day: LocalDate) -> Date { Date(timeIntervalSince1970: Double(utcStart(of: day))) }
}
