/// How far a forecast was from what happened, as contact centres report it: WAPE and bias.
///
/// Exists so models (and the seasonal-naive yardstick) are judged on the same figures
/// planners use: WAPE = sum |F - A| / sum A (a good interval forecast is within about
/// 15%, a daily one within 10%) and bias = sum (F - A) / sum A (above 0: over-forecast).
/// Both weight errors by volume, so quiet night intervals cannot dominate.
public struct ForecastAccuracy: Sendable, Hashable, CustomStringConvertible {
    /// Pairs compared.
    public let count: Int
    public let totalActual: Double
    public let totalAbsoluteError: Double
    /// Sum of forecast minus actual.
    public let totalError: Double

    /// Compares forecasts with actuals pair by pair (extra values on either side are ignored).
    public init(forecasts: [Double], actuals: [Double]) {
        var absolute = 0.0, signed = 0.0, actual = 0.0, count = 0
        for (f, a) in zip(forecasts, actuals) {
            absolute += abs(f - a)
            signed += f - a
            actual += a
            count += 1
        }
        self.count = count
        totalActual = actual
        totalAbsoluteError = absolute
        totalError = signed
    }

    /// Several comparisons pooled into one, as if their pairs had been compared together
    /// (how a rolling backtest's overall figure is formed from its windows).
    public init(pooling parts: [ForecastAccuracy]) {
        count = parts.reduce(0) { $0 + $1.count }
        totalActual = parts.reduce(0) { $0 + $1.totalActual }
        totalAbsoluteError = parts.reduce(0) { $0 + $1.totalAbsoluteError }
        totalError = parts.reduce(0) { $0 + $1.totalError }
    }

    /// Weighted absolute percentage error as a fraction (0.08 = 8%); nil when nothing was offered.
    public var wape: Double? { totalActual > 0 ? totalAbsoluteError / totalActual : nil }

    /// Bias as a fraction of actual volume; nil when nothing was offered.
    public var bias: Double? { totalActual > 0 ? totalError / totalActual : nil }

    public var description: String {
        func percent(_ value: Double?) -> String {
            guard let value else { return "n/a" }
            return String((value * 1000).rounded() / 10) + "%"
        }
        return "WAPE \(percent(wape)), bias \(percent(bias)) over \(count)"
    }
}
