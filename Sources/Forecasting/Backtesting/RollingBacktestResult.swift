/// The windows of a rolling-origin backtest and their pooled scores.
///
/// Exists so the summary a scheduler reads (per origin and overall) and the held-out rows
/// behind it come from one value.
public struct RollingBacktestResult: Sendable, Hashable {
    /// The first held-out local day of each window, oldest first.
    public let origins: [LocalDate]
    public let horizonDays: Int
    /// One backtest per origin, in the same order.
    public let windows: [BacktestResult]

    public init(origins: [LocalDate], horizonDays: Int, windows: [BacktestResult]) {
        self.origins = origins
        self.horizonDays = horizonDays
        self.windows = windows
    }

    /// The model's scores over every window's scored intervals (an interval held out by
    /// several overlapping windows counts once per window).
    public var model: BacktestResult.Scores { .init(pooling: windows.map(\.model)) }
    public var seasonalNaive: BacktestResult.Scores { .init(pooling: windows.map(\.seasonalNaive)) }

    /// Share of all windows' scored intervals whose actual was at most P90.
    public var p90Coverage: Double {
        let scored = windows.reduce(0) { $0 + $1.coveredIntervals }
        return scored > 0 ? Double(windows.reduce(0) { $0 + $1.underP90 }) / Double(scored) : 0
    }

    /// Windows in which the model's interval WAPE beat seasonal naive's.
    public var windowsBeatingYardstick: Int { windows.filter(\.verdict.beatsYardstick).count }

    public var verdict: BacktestVerdict {
        BacktestVerdict(model: model.intervals, yardstick: seasonalNaive.intervals, p90Coverage: p90Coverage)
    }
}
