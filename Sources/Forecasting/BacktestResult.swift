import Foundation

/// The outcome of one backtest: the model's accuracy and the seasonal-naive yardstick's,
/// per interval and per market-local day, and how often actuals stayed under P90, over the
/// held-out intervals that were scored; and every held-out interval and excluded day.
///
/// Exists as the evidence a planner (or a reviewer of a model change) reads before trusting
/// a forecast: the model should have a lower WAPE than seasonal naive, a bias near 0, and
/// P90 coverage near 90%.
public struct BacktestResult: Sendable, Hashable {
    /// One forecaster's accuracy at the two levels planners look at: intervals (what
    /// staffing uses) and days (what the domain's 10% rule is stated for).
    public struct Scores: Sendable, Hashable {
        public let intervals: ForecastAccuracy
        /// Per market-local day: sums of the day's scored test intervals.
        public let days: ForecastAccuracy

        public init(intervals: ForecastAccuracy, days: ForecastAccuracy) {
            self.intervals = intervals
            self.days = days
        }

        /// Scores of `forecasts` against the scored intervals' actuals, summed per local day.
        init(_ intervals: [HeldOutInterval], forecast: (HeldOutInterval) -> Double) {
            let scored = intervals.filter { $0.exclusion == nil }
            var dailyForecasts: [Double] = [], dailyActuals: [Double] = []
            var lastDay: LocalDate?
            for interval in scored {
                if interval.localDay != lastDay {
                    dailyForecasts.append(0)
                    dailyActuals.append(0)
                    lastDay = interval.localDay
                }
                dailyForecasts[dailyForecasts.count - 1] += forecast(interval)
                dailyActuals[dailyActuals.count - 1] += interval.actual
            }
            self.intervals = ForecastAccuracy(forecasts: scored.map(forecast), actuals: scored.map(\.actual))
            days = ForecastAccuracy(forecasts: dailyForecasts, actuals: dailyActuals)
        }

        /// The scores of several windows pooled (sums of their errors and actuals).
        public init(pooling scores: [Scores]) {
            intervals = ForecastAccuracy(pooling: scores.map(\.intervals))
            days = ForecastAccuracy(pooling: scores.map(\.days))
        }
    }

    public let model: Scores
    public let seasonalNaive: Scores
    /// Share of scored test intervals whose actual volume was at most the model's P90 (over
    /// the intervals with a P90 or an actual above 0: a closed hour has nothing to cover).
    public let p90Coverage: Double
    /// Scored intervals with a P90 or an actual above 0 (the base of ``p90Coverage``).
    public let coveredIntervals: Int
    /// Scored intervals whose actual was at most P90 (to pool coverage over windows).
    public let underP90: Int
    /// The model's forecast for the test window (up to the last reported interval).
    public let forecast: Forecast
    /// The test window asked for (UTC, end exclusive).
    public let testRange: Range<Date>
    /// Every held-out interval, scored or not, in time order.
    public let intervals: [HeldOutInterval]
    /// The local days of the test window excluded whole, with their reason.
    public let excludedDays: [ExcludedDay]

    public init(intervals: [HeldOutInterval], excludedDays: [ExcludedDay], forecast: Forecast, testRange: Range<Date>) {
        let scored = intervals.filter { $0.exclusion == nil }
        model = Scores(intervals) { $0.p50 }
        seasonalNaive = Scores(intervals) { $0.yardstick }
        // Hours the queue is closed (nothing forecast, nothing reported) have nothing to cover.
        let covered = scored.filter { $0.p90 > 0 || $0.actual > 0 }
        coveredIntervals = covered.count
        underP90 = covered.filter { $0.actual <= $0.p90 }.count
        p90Coverage = covered.isEmpty ? 0 : Double(underP90) / Double(covered.count)
        self.forecast = forecast
        self.testRange = testRange
        self.intervals = intervals
        self.excludedDays = excludedDays
    }

    /// Held-out intervals left out of the scores, by reason.
    public var exclusionCounts: [ScoringExclusion: Int] {
        intervals.reduce(into: [:]) { counts, interval in
            if let reason = interval.exclusion { counts[reason, default: 0] += 1 }
        }
    }

    /// The honest one-line verdict on the model against seasonal naive.
    public var verdict: BacktestVerdict {
        BacktestVerdict(model: model.intervals, yardstick: seasonalNaive.intervals, p90Coverage: p90Coverage)
    }
}
