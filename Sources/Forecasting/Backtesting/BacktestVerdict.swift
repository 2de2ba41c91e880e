/// The one line a backtest ends with: does the model beat the yardstick on interval WAPE,
/// and is it fit to staff to (|bias| at most 5%, P90 coverage at least 80%)?
///
/// Exists because "beats seasonal naive" alone is not a reason to trust a forecast: a model
/// that wins on WAPE but under-forecasts by 7% still leaves a peak short of agents, so the
/// verdict names every failed check ("beats seasonal naive on WAPE but biased -7.0%").
public struct BacktestVerdict: Sendable, Hashable, CustomStringConvertible {
    /// The largest |bias| (fraction) a trustworthy forecast may have.
    public static let biasLimit = 0.05
    /// The smallest P90 coverage (fraction) a trustworthy forecast may have.
    public static let coverageFloor = 0.80

    public let model: ForecastAccuracy
    public let yardstick: ForecastAccuracy
    public let p90Coverage: Double
    public let yardstickName: String

    public init(model: ForecastAccuracy, yardstick: ForecastAccuracy, p90Coverage: Double,
                yardstickName: String = "seasonal naive") {
        self.model = model
        self.yardstick = yardstick
        self.p90Coverage = p90Coverage
        self.yardstickName = yardstickName
    }

    /// Whether the model's interval WAPE is below the yardstick's.
    public var beatsYardstick: Bool {
        guard let ours = model.wape else { return false }
        return ours < (yardstick.wape ?? .infinity)
    }

    /// The checks beyond WAPE that failed, in words ("is biased +7.0%", "its P90 covers only 72.0% of actuals (under 80.0%)").
    public var failedChecks: [String] {
        var failed: [String] = []
        if let bias = model.bias, abs(bias) > Self.biasLimit { failed.append("is biased \(Self.signedPercent(bias))") }
        if p90Coverage < Self.coverageFloor {
            failed.append("its P90 covers only \(Self.percent(p90Coverage)) of actuals (under \(Self.percent(Self.coverageFloor)))")
        }
        return failed
    }

    /// Beats the yardstick and passes every check.
    public var isTrustworthy: Bool { beatsYardstick && failedChecks.isEmpty }

    public var description: String {
        guard let ours = model.wape else { return "Nothing was scored: no reported demand in the test window." }
        let figures = "interval WAPE \(Self.percent(ours)) vs \(yardstick.wape.map(Self.percent) ?? "n/a")"
        let failed = failedChecks.joined(separator: " and ")
        if beatsYardstick {
            return failed.isEmpty
                ? "The model beats \(yardstickName) on WAPE (\(figures)), bias \(model.bias.map(Self.signedPercent) ?? "n/a"), P90 coverage \(Self.percent(p90Coverage))."
                : "The model beats \(yardstickName) on WAPE (\(figures)) but \(failed)."
        }
        return "The model does NOT beat \(yardstickName) on WAPE (\(figures))" + (failed.isEmpty ? "." : ", and \(failed).")
    }

    static func percent(_ fraction: Double) -> String { "\((fraction * 1000).rounded() / 10)%" }
    static func signedPercent(_ fraction: Double) -> String { (fraction > 0 ? "+" : "") + percent(fraction) }
}
