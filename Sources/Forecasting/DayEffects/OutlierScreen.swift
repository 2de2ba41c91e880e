import Foundation

/// The rule that tells an outage or a spike from ordinary variation: a day's (or a run of
/// intervals') actual volume against the volume expected for it.
///
/// Exists so training and backtests judge unusual days by one rule: the forecaster keeps
/// flagged days out of what it learns (unless a user confirmed them as real), and a backtest
/// can apply the same rule to held-out days. Pure.
///
/// A value is flagged when both hold:
/// - its ratio to the expected value is outside [``lowRatio``, ``highRatio``] (a large
///   relative departure: half the calls missing is an outage whatever the queue's size), and
/// - the departure is beyond ``threshold`` standard deviations of what a normal day
///   would show: Poisson arrivals plus a relative day-to-day variation of
///   ``relativeNoise`` (sd^2 = E + (r E)^2), so a small queue's 0 against 3 expected is noise,
///   not an outage.
public struct OutlierScreen: Sendable, Hashable {
    public var lowRatio: Double
    public var highRatio: Double
    public var threshold: Double
    public var relativeNoise: Double

    public init(lowRatio: Double = 0.6, highRatio: Double = 1.6, threshold: Double = 4, relativeNoise: Double = 0.08) {
        self.lowRatio = lowRatio
        self.highRatio = highRatio
        self.threshold = threshold
        self.relativeNoise = relativeNoise
    }

    public static let standard = OutlierScreen()

    /// Why `actual` is an outlier against `expected` (.outage below, .spike above), or nil.
    public func reason(expected: Double, actual: Double) -> FlaggedDay.Reason? {
        guard expected.isFinite, actual.isFinite, expected >= 0, actual >= 0 else { return nil }
        let sd = (expected + relativeNoise * relativeNoise * expected * expected).squareRoot()
        guard abs(actual - expected) > threshold * max(sd, 1) else { return nil }
        if actual < lowRatio * expected { return .outage }
        if actual > highRatio * expected { return .spike }
        return nil
    }

    /// The screen with its relative noise raised to what the queue's own normal days show:
    /// `logRatios` are log(actual / expected) of ordinary days; their robust spread (1.4826
    /// x the median absolute deviation) replaces ``relativeNoise`` when larger, so a queue
    /// whose days swing widely does not have its ordinary swings flagged.
    public func adapted(toLogRatios logRatios: [Double]) -> OutlierScreen {
        guard logRatios.count >= 2 * Self.minimumComparables, let median = Self.expected(fromComparable: logRatios),
              let deviation = Self.expected(fromComparable: logRatios.map { abs($0 - median) }) else { return self }
        var screen = self
        screen.relativeNoise = max(relativeNoise, 1.4826 * deviation)
        return screen
    }

    /// The robust expected value of a day from comparable days (the same weekday in the weeks
    /// around it, already free of known special days): their median, or nil with fewer than
    /// ``minimumComparables``.
    public static func expected(fromComparable values: [Double]) -> Double? {
        guard values.count >= minimumComparables else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Comparable days needed for a robust expectation.
    public static let minimumComparables = 3
    /// Weeks on each side of a day whose same weekday are its comparables.
    public static let comparableWeeks = 4
}
