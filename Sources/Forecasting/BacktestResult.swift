/// The outcome of one backtest: the model's accuracy and the seasonal-naive yardstick's,
/// per interval and per market-local day, and how often actuals stayed under P90.
///
/// Exists as the evidence a planner (or a reviewer of a model change) reads before trusting
/// a forecast: the model should have a lower WAPE than seasonal naive, a bias near 0, and
/// P90 coverage near 90%.
public struct BacktestResult: Sendable, Hashable {
    /// One forecaster's accuracy at the two levels planners look at: intervals (what
    /// staffing uses) and days (what the domain's 10% rule is stated for).
    public struct Scores: Sendable, Hashable {
        public let intervals: ForecastAccuracy
        /// Per market-local day: sums of the day's test intervals.
        public let days: ForecastAccuracy

        public init(intervals: ForecastAccuracy, days: ForecastAccuracy) {
            self.intervals = intervals
            self.days = days
        }
    }

    public let model: Scores
    public let seasonalNaive: Scores
    /// Share of test intervals whose actual volume was at most the model's P90.
    public let p90Coverage: Double
    /// The model's forecast for the test window.
    public let forecast: Forecast

    public init(model: Scores, seasonalNaive: Scores, p90Coverage: Double, forecast: Forecast) {
        self.model = model
        self.seasonalNaive = seasonalNaive
        self.p90Coverage = p90Coverage
        self.forecast = forecast
    }
}
