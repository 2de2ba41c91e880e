import Foundation

/// Forecasts a queue whose own history is too short for ``VolumeForecaster`` (a new queue, a
/// queue just moved to Callboard): every open queue gets a forecast, marked low-confidence.
///
/// The rule ("callboard-fallback-1"), on the queue's market clock:
/// 1. Shape: the weekly and intraday shape (``WeeklyShape``) of its siblings (the caller
///    picks them: the account's queues in the same channel, same language first) over their
///    last ``shapeWeeks`` weeks, each sibling weighing the same. With no sibling, the queue's
///    own week when it has 7 days or more, else its own mean day on every weekday.
/// 2. Level: contacts per average day, measured on the queue's own last ``levelDays`` days
///    against the shape (so a history of Mondays is not read as a busy week); with no own
///    day at all, the median level of the siblings (their last ``levelDays`` days).
/// 3. Peaks: each local day is multiplied by the mean of the siblings' forecast uplifts for
///    that day (1 when none covers it), so a new queue still sees Black Friday coming.
/// 4. A day recorded closed (``KnownDays/closures``) forecasts 0; no trend is extrapolated.
/// 5. P90 = P50 + 1.2816 sd, sd from Poisson plus a relative error of ``relativeError``.
public struct FallbackForecaster: Sendable {
    public static let modelVersion = "callboard-fallback-1"

    /// Weeks of each sibling's most recent history its shape is learned from.
    public var shapeWeeks = 8
    /// Days of the most recent history a level is measured on.
    public var levelDays = 28
    /// Relative error of the forecast assumed for P90 (wide: little evidence).
    public var relativeError = 0.3

    public init() {}

    /// The queue to forecast: its clock, interval length, known days and whatever history it has.
    public struct Target: Sendable {
        public let timeZone: TimeZone
        public let market: Market
        public let length: IntervalLength
        /// Its own history, nil when nothing was ever reported.
        public let own: IntervalSeries?
        public let known: KnownDays

        public init(timeZone: TimeZone, market: Market, length: IntervalLength, own: IntervalSeries?,
                    known: KnownDays = KnownDays()) {
            self.timeZone = timeZone
            self.market = market
            self.length = length
            self.own = own
            self.known = known
        }
    }

    /// A queue the target borrows from: its history and the peak uplift its own forecast
    /// applies per local day.
    public struct Sibling: Sendable {
        public let history: QueueHistory
        public let uplifts: [LocalDate: Double]

        public init(history: QueueHistory, uplifts: [LocalDate: Double] = [:]) {
            self.history = history
            self.uplifts = uplifts
        }
    }

    /// Where the shape came from.
    public enum ShapeSource: Sendable, Equatable {
        case siblings(Int)
        case ownWeek(days: Int)
        case ownMeanDay(days: Int)
    }

    /// Where the level came from.
    public enum LevelSource: Sendable, Equatable {
        case own(days: Int)
        case siblingMedian(Int)
    }

    /// The forecast and how it was made.
    public struct Result: Sendable {
        public let forecast: Forecast
        public let shape: ShapeSource
        public let level: LevelSource
        /// Contacts per average day the forecast is scaled to.
        public let dailyLevel: Double
    }

    /// Forecasts `target` for the intervals from `start` until `end`, both on its interval grid.
    public func forecast(_ target: Target, siblings: [Sibling], from start: Date, until end: Date)
        throws(FallbackError) -> Result {
        let step = target.length.seconds
        guard Int(start.timeIntervalSince1970) % step == 0, Int(end.timeIntervalSince1970) % step == 0, end > start else {
            throw .badHorizon(start: start, end: end)
        }
        let closed = Set(target.known.closures.keys)
        let ownDays = target.own.map { Self.reportedDays($0, timeZone: target.timeZone, closed: closed) } ?? 0
        let (shape, shapeSource) = try self.shape(target, siblings: siblings, ownDays: ownDays, closed: closed)
        let (level, levelSource) = try self.level(target, shape: shape, siblings: siblings, ownDays: ownDays, closed: closed)

        let clock = LocalClock(timeZone: target.timeZone)
        var intervals: [ForecastInterval] = []
        var totals: [LocalDate: (p50: Double, intervals: Int, poisson: Double)] = [:]
        var order: [LocalDate] = []
        var t = start
        while t < end {
            let (day, slot) = clock.position(of: t)
            let uplift = Self.uplift(on: day, siblings)
            let p50 = closed.contains(day) ? 0 : level * shape.share(weekday: day.weekdayIndex, slot: slot,
                                                                     minutes: target.length.minutes) * uplift
            intervals.append(ForecastInterval(start: t, p50: p50, p90: p90(p50)))
            if totals[day] == nil { order.append(day) }
            totals[day, default: (0, 0, 0)].p50 += p50
            totals[day, default: (0, 0, 0)].intervals += 1
            t = t.addingTimeInterval(Double(step))
        }
        let days = order.map { day in
            let uplift = Self.uplift(on: day, siblings)
            let baseline = closed.contains(day) ? 0 : level * shape.dailyWeights[day.weekdayIndex]
            let whole = (totals[day]?.intervals ?? 0) >= Self.intervals(on: day, clock: clock, step: step)
            let total = whole ? totals[day]?.p50 ?? 0 : baseline * uplift
            // The day's total: Poisson on the total plus the relative error, which does not
            // average out over the day's intervals (they err together).
            return ForecastDay(day: day, p50: total, baseline: baseline, uplift: uplift, peakDay: nil, upliftEvidence: 0,
                               isWholeDay: whole, p90: p90(total), ownWeight: uplift == 1 ? 1 : 0,
                               isClosed: closed.contains(day))
        }
        let training = target.own.map { $0.start..<$0.end } ?? start..<start
        let forecast = Forecast(modelVersion: Self.modelVersion, market: target.market,
                                timeZoneIdentifier: target.timeZone.identifier, length: target.length,
                                trainingRange: training, intervals: intervals, days: days)
        return Result(forecast: forecast, shape: shapeSource, level: levelSource, dailyLevel: level)
    }

    private func shape(_ target: Target, siblings: [Sibling], ownDays: Int, closed: Set<LocalDate>)
        throws(FallbackError) -> (WeeklyShape, ShapeSource) {
        let borrowed = siblings.compactMap { sibling in
            WeeklyShape.learn(from: sibling.history.offered, timeZone: sibling.history.timeZone, weeks: shapeWeeks,
                              closed: Set(sibling.history.known.closures.keys))
        }
        if let mean = WeeklyShape.mean(borrowed) { return (mean, .siblings(borrowed.count)) }
        if let own = target.own, ownDays >= 7,
           let shape = WeeklyShape.learn(from: own, timeZone: target.timeZone, weeks: shapeWeeks, closed: closed) {
            return (shape, .ownWeek(days: ownDays))
        }
        if let own = target.own, ownDays >= 1,
           let shape = WeeklyShape.learn(from: own, timeZone: target.timeZone, weeks: shapeWeeks, closed: closed, pooled: true) {
            return (shape, .ownMeanDay(days: ownDays))
        }
        throw .nothingToBorrow(ownDays: ownDays)
    }

    private func level(_ target: Target, shape: WeeklyShape, siblings: [Sibling], ownDays: Int, closed: Set<LocalDate>)
        throws(FallbackError) -> (Double, LevelSource) {
        if let own = target.own, ownDays >= 1,
           let level = Self.level(of: own, timeZone: target.timeZone, shape: shape, days: levelDays, closed: closed) {
            return (level, .own(days: min(ownDays, levelDays)))
        }
        let levels = siblings.compactMap { sibling -> Double? in
            guard let shape = WeeklyShape.learn(from: sibling.history.offered, timeZone: sibling.history.timeZone,
                                                weeks: shapeWeeks) else { return nil }
            return Self.level(of: sibling.history.offered, timeZone: sibling.history.timeZone, shape: shape, days: levelDays,
                              closed: Set(sibling.history.known.closures.keys))
        }.sorted()
        guard !levels.isEmpty else { throw .nothingToBorrow(ownDays: ownDays) }
        let middle = levels.count / 2
        let median = levels.count % 2 == 1 ? levels[middle] : (levels[middle - 1] + levels[middle]) / 2
        return (median, .siblingMedian(levels.count))
    }

    /// Contacts per average day: reported contacts over the shape's share of the same
    /// intervals, on the last `days` days; nil when the shape expects nothing there.
    static func level(of series: IntervalSeries, timeZone: TimeZone, shape: WeeklyShape, days: Int,
                      closed: Set<LocalDate>) -> Double? {
        let clock = LocalClock(timeZone: timeZone)
        let first = max(0, series.offered.count - days * series.length.perDay)
        var reported = 0.0, expected = 0.0
        for index in first..<series.offered.count where !series.missing.contains(index) {
            let (day, slot) = clock.position(of: series.start.addingTimeInterval(Double(index * series.length.seconds)))
            guard !closed.contains(day) else { continue }
            reported += series.offered[index]
            expected += shape.share(weekday: day.weekdayIndex, slot: slot, minutes: series.length.minutes)
        }
        return expected > 0 ? reported / expected : nil
    }

    /// Local days with at least one reported interval, closed days left out.
    static func reportedDays(_ series: IntervalSeries, timeZone: TimeZone, closed: Set<LocalDate>) -> Int {
        let clock = LocalClock(timeZone: timeZone)
        var days = Set<LocalDate>()
        for index in series.offered.indices where !series.missing.contains(index) {
            let day = clock.position(of: series.start.addingTimeInterval(Double(index * series.length.seconds))).day
            if !closed.contains(day) { days.insert(day) }
        }
        // A day that is only a few intervals (the first, begun late) still counts: its
        // contacts are measured against the shape's share of the same intervals.
        return days.count
    }

    private static func uplift(on day: LocalDate, _ siblings: [Sibling]) -> Double {
        let uplifts = siblings.compactMap { $0.uplifts[day] }
        return uplifts.isEmpty ? 1 : uplifts.reduce(0, +) / Double(uplifts.count)
    }

    /// Intervals of `step` seconds in the local day (92, 96 or 100 quarter hours on DST days).
    private static func intervals(on day: LocalDate, clock: LocalClock, step: Int) -> Int {
        let parts = day.components
        let start = clock.calendar.startOfDay(for: clock.calendar.date(from: DateComponents(
            year: parts.year, month: parts.month, day: parts.day, hour: 12)) ?? Date())
        let end = clock.calendar.date(byAdding: .day, value: 1, to: start) ?? start
        return Int(end.timeIntervalSince(start)) / step
    }

    private func p90(_ p50: Double) -> Double {
        p50 + 1.2816 * (p50 + (relativeError * p50) * (relativeError * p50)).squareRoot()
    }
}

/// Why even the fallback cannot forecast a queue.
public enum FallbackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No day of its own and no sibling with history to borrow a shape or a level from.
    case nothingToBorrow(ownDays: Int)
    case badHorizon(start: Date, end: Date)

    public var description: String {
        switch self {
        case let .nothingToBorrow(days):
            (days == 0 ? "no history of its own" : "only \(days) day(s) of history")
                + " and no queue of the account in the same channel with enough history to borrow a shape or level from"
        case let .badHorizon(start, end):
            "the horizon \(start) to \(end) is not on the queue's interval grid"
        }
    }
}
