import Foundation

/// A week of demand on a market's local clock: for each weekday, the share of a normal
/// day's contacts in each quarter hour of local time, scaled so that the mean daily total
/// over the week is 1 (a weekday twice as busy as the average has a total of about 2/7 x 7).
///
/// Exists for ``FallbackForecaster``: a queue too new to have a week of its own borrows the
/// week of its siblings, and only its level has to come from its own days.
public struct WeeklyShape: Sendable, Hashable {
    /// Quarter hours in a day: the shape's resolution (15- and 30-minute series both fit).
    public static let slotsPerDay = 96

    /// `values[weekday][slot]`, weekday 0 = Monday, slot = quarter hour of local time.
    public let values: [[Double]]

    /// A day's total for each weekday (mean 1 over the week).
    public var dailyWeights: [Double] { values.map { $0.reduce(0, +) } }

    init(values: [[Double]]) { self.values = values }

    /// The shape of `series` over its last `weeks` weeks on `timeZone`'s clock, missing
    /// intervals and `closed` local days left out; nil when no day is left. With `pooled`,
    /// every weekday gets the mean day (for a history shorter than a week).
    static func learn(from series: IntervalSeries, timeZone: TimeZone, weeks: Int, closed: Set<LocalDate> = [],
                      pooled: Bool = false) -> WeeklyShape? {
        let clock = LocalClock(timeZone: timeZone)
        let first = max(0, series.offered.count - weeks * series.length.perWeek)
        var sums = Array(repeating: Array(repeating: 0.0, count: slotsPerDay), count: 7)
        var days: [Set<Int>] = Array(repeating: [], count: 7)
        let quarters = max(1, series.length.minutes / 15)
        for index in first..<series.offered.count where !series.missing.contains(index) {
            let instant = series.start.addingTimeInterval(Double(index * series.length.seconds))
            let (day, slot) = clock.position(of: instant)
            guard !closed.contains(day) else { continue }
            let weekday = pooled ? 0 : day.weekdayIndex
            days[weekday].insert(day.daysSinceEpoch)
            for quarter in 0..<quarters where slot + quarter < slotsPerDay {
                sums[weekday][slot + quarter] += series.offered[index] / Double(quarters)
            }
        }
        if pooled {
            guard !days[0].isEmpty else { return nil }
            let day = sums[0].map { $0 / Double(days[0].count) }
            return WeeklyShape(values: Array(repeating: day, count: 7)).normalised()
        }
        let seen = (0..<7).filter { !days[$0].isEmpty }
        guard !seen.isEmpty else { return nil }
        var values = (0..<7).map { weekday in sums[weekday].map { days[weekday].isEmpty ? 0 : $0 / Double(days[weekday].count) } }
        // A weekday never seen (a history of a few days) takes the mean of the weekdays seen.
        let mean = (0..<slotsPerDay).map { slot in seen.map { values[$0][slot] }.reduce(0, +) / Double(seen.count) }
        for weekday in 0..<7 where days[weekday].isEmpty { values[weekday] = mean }
        return WeeklyShape(values: values).normalised()
    }

    /// The mean of `shapes`, each weighing the same whatever its volume.
    static func mean(_ shapes: [WeeklyShape]) -> WeeklyShape? {
        guard !shapes.isEmpty else { return nil }
        let count = Double(shapes.count)
        return WeeklyShape(values: (0..<7).map { weekday in
            (0..<slotsPerDay).map { slot in shapes.map { $0.values[weekday][slot] }.reduce(0, +) / count }
        })
    }

    /// The shape's share for the interval of `minutes` starting at quarter `slot` of `weekday`.
    func share(weekday: Int, slot: Int, minutes: Int) -> Double {
        let quarters = max(1, minutes / 15)
        return (slot..<min(Self.slotsPerDay, slot + quarters)).reduce(0) { $0 + values[weekday][$1] }
    }

    /// Scaled so the mean daily total is 1 (unchanged when the week holds nothing).
    private func normalised() -> WeeklyShape {
        let total = values.joined().reduce(0, +) / 7
        guard total > 0 else { return self }
        return WeeklyShape(values: values.map { $0.map { $0 / total } })
    }
}

/// Local day and quarter hour of an instant on one timezone's clock.
struct LocalClock {
    let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The local day of `instant` and its quarter hour of local time (0-95).
    func position(of instant: Date) -> (day: LocalDate, slot: Int) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let day = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(daysSinceEpoch: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
        return (day, min(WeeklyShape.slotsPerDay - 1, ((parts.hour ?? 0) * 60 + (parts.minute ?? 0)) / 15))
    }
}
