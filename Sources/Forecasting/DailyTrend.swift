import Foundation

/// The queue's underlying daily volume with weekdays and peaks taken out: a level and a
/// growth rate, extrapolated with damping.
///
/// Exists because contact volume grows (or shrinks) with the client's business, and last
/// month's level is a poor guess for six weeks ahead. Fit: the weekday-adjusted volume of
/// normal days, averaged per week over the last `weeks` weeks that have at least 3 normal
/// days (looking back at most 26 weeks, so a peak season is skipped, not averaged in); a
/// Theil-Sen line (median of pairwise slopes, robust to an odd week) through the logarithms
/// of those weekly levels. Growth is capped at +/-100% a year; beyond the last normal day
/// it is damped by `dampingPerWeek` per week (damped-trend forecasting, as in damped Holt).
/// A past peak is measured against the same kind of line fitted across it (``across(_:days:weekdays:configuration:)``).
/// A step in the last weeks before the origin moves the level (``recentShift(of:logLevel:slope:anchorDay:)``).
struct DailyTrend: Sendable, Equatable {
    /// Log of the adjusted daily level on ``anchorDay``.
    private(set) var logLevel: Double
    /// Growth in log units per day.
    let slope: Double
    /// Last normal day used: extrapolation is damped after it.
    let anchorDay: Int
    let dampingPerDay: Double

    /// One week's mean weekday-adjusted normal day: the points the line is fitted through.
    typealias WeeklyLevel = (day: Double, log: Double)

    static let maximumSlope = log(2.0) / 365
    static let lookbackWeeks = 26

    /// Nil when fewer than 2 usable weeks precede the origin.
    /// `slopeWeeks` (at least `weeks`) weekly levels give the growth, the `weeks` latest the
    /// level (``init(fittingThrough:levelWeeks:anchorDay:dampingPerDay:)``).
    init?(learningFrom days: TrainingDays, weekdays: WeekdayFactors, weeks: Int, slopeWeeks: Int? = nil,
          dampingPerWeek: Double, followsLevelShifts: Bool = true) {
        let earliest = max(days.history.firstDay, days.origin - 7 * Self.lookbackWeeks)
        let (all, anchor) = Self.weeklyLevels(days, weekdays: weekdays,
                                              walking: stride(from: days.origin - 1, through: earliest, by: -1),
                                              weeks: max(weeks, slopeWeeks ?? weeks))
        guard let anchor else { return nil }
        self.init(fittingThrough: all, levelWeeks: weeks, anchorDay: anchor,
                  dampingPerDay: pow(min(1, max(0, dampingPerWeek)), 1.0 / 7))
        let levels = Array(all.prefix(weeks))
        if followsLevelShifts {
            logLevel += Self.recentShift(of: levels, logLevel: logLevel, slope: slope, anchorDay: anchor)
        }
    }

    /// A Theil-Sen line through `levels`, anchored on `anchorDay`; nil for fewer than 2 levels.
    init?(fittingThrough levels: [WeeklyLevel], anchorDay anchor: Int, dampingPerDay: Double) {
        self.init(fittingThrough: levels, levelWeeks: levels.count, anchorDay: anchor, dampingPerDay: dampingPerDay)
    }

    /// The growth from a Theil-Sen slope through all `levels` (most recent first), the level
    /// from the median intercept of the `levelWeeks` most recent ones under that slope: a
    /// slope through ten noisy weeks is as uncertain as the growth it measures (weekly levels
    /// scatter about 2%, so ten of them leave the slope's error near +/-1% a month and a dip in
    /// the latest weeks is extrapolated as a decline), while the level should stay recent.
    init?(fittingThrough levels: [WeeklyLevel], levelWeeks: Int, anchorDay anchor: Int, dampingPerDay: Double) {
        guard levels.count >= 2 else { return nil }
        var slopes: [Double] = []
        for i in 0..<levels.count {
            for j in (i + 1)..<levels.count where levels[i].day != levels[j].day {
                slopes.append((levels[i].log - levels[j].log) / (levels[i].day - levels[j].day))
            }
        }
        let slope = min(Self.maximumSlope, max(-Self.maximumSlope, Self.median(slopes)))
        let intercepts = levels.prefix(max(1, levelWeeks)).map { $0.log - slope * ($0.day - Double(anchor)) }
        self.logLevel = Self.median(intercepts)
        self.slope = slope
        self.anchorDay = anchor
        self.dampingPerDay = dampingPerDay
    }

    /// Weekly levels of the normal days met `walking` through days (either direction), until
    /// `weeks` weeks with at least 3 normal days are found; and the first normal day met.
    static func weeklyLevels(_ days: TrainingDays, weekdays: WeekdayFactors, walking path: some Sequence<Int>,
                             weeks: Int) -> (levels: [WeeklyLevel], firstNormalDay: Int?) {
        var levels: [WeeklyLevel] = []
        var firstNormal: Int?
        var week = Int.min, sum = 0.0, daySum = 0.0, count = 0
        func closeWeek() {
            if count >= 3, sum > 0 { levels.append((daySum / Double(count), log(sum / Double(count)))) }
            sum = 0; daySum = 0; count = 0
        }
        for day in path {
            guard levels.count < weeks else { break }
            let number = LocalDate(daysSinceEpoch: day).weekNumber
            if number != week { closeWeek(); week = number }
            if let volume = days.normal(day), weekdays.isOpen(day) {
                firstNormal = firstNormal ?? day
                sum += volume / weekdays[day]
                daySum += Double(day)
                count += 1
            }
        }
        if levels.count < weeks { closeWeek() }
        return (levels, firstNormal)
    }

    /// The adjusted daily level (before weekday factors) on `day`.
    func level(on day: Int) -> Double {
        let ahead = day - anchorDay
        guard ahead > 0 else { return exp(logLevel + slope * Double(ahead)) }
        let steps = dampingPerDay >= 1 ? Double(ahead)
            : dampingPerDay * (1 - pow(dampingPerDay, Double(ahead))) / (1 - dampingPerDay)
        return exp(logLevel + slope * steps)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
