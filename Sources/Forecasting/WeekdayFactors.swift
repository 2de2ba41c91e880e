/// How much of an average day's volume each weekday carries (Monday ... Sunday; mean 1).
///
/// Exists because the weekly pattern is the strongest regularity in contact volume.
/// Learned from the normal days of the last weeks before the origin: each day's ratio to
/// its week's level (the week's volume over the factors of the days present, so weeks with
/// a missing day still count), a 20%-trimmed mean per weekday, three refinement passes.
struct WeekdayFactors: Sendable, Equatable {
    let factors: [Double]

    subscript(day: Int) -> Double { factors[LocalDate(daysSinceEpoch: day).weekdayIndex] }

    /// Whether the queue takes contacts on `day`'s weekday at all: a weekday it is closed
    /// (factor near 0) says nothing about its level or about a peak's uplift.
    func isOpen(_ day: Int) -> Bool { self[day] > 0.01 }

    static let flat = WeekdayFactors(factors: [Double](repeating: 1, count: 7))

    init(factors: [Double]) { self.factors = factors }

    init(learningFrom days: TrainingDays, weeks: Int) {
        var weeksOfDays: [[(weekday: Int, volume: Double)]] = []
        var currentWeek = Int.min
        for day in max(days.history.firstDay, days.origin - 7 * weeks)..<days.origin {
            guard let volume = days.normal(day) else { continue }
            let calendarDay = LocalDate(daysSinceEpoch: day)
            if calendarDay.weekNumber != currentWeek {
                weeksOfDays.append([])
                currentWeek = calendarDay.weekNumber
            }
            weeksOfDays[weeksOfDays.count - 1].append((calendarDay.weekdayIndex, volume))
        }
        let usable = weeksOfDays.filter { $0.count >= 3 }
        var factors = [Double](repeating: 1, count: 7)
        for _ in 0..<3 {
            var ratios = [[Double]](repeating: [], count: 7)
            for week in usable {
                let expected = week.reduce(0) { $0 + factors[$1.weekday] }
                let level = week.reduce(0) { $0 + $1.volume } / expected
                guard level > 0 else { continue }
                for entry in week { ratios[entry.weekday].append(entry.volume / level) }
            }
            let observedWeekdays = ratios.filter { !$0.isEmpty }
            guard !observedWeekdays.isEmpty else { break }
            let fresh = ratios.map { $0.isEmpty ? nil : Self.trimmedMean($0) }
            let mean = fresh.compactMap(\.self).reduce(0, +) / Double(observedWeekdays.count)
            guard mean > 0 else { break }
            factors = fresh.map { ($0 ?? mean) / mean }
        }
        self.factors = factors
    }

    /// Mean of the values without the lowest and highest 20% (when there are 5 or more).
    static func trimmedMean(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let cut = sorted.count >= 5 ? sorted.count / 5 : 0
        let kept = sorted[cut..<(sorted.count - cut)]
        return kept.reduce(0, +) / Double(kept.count)
    }
}
