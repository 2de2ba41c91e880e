/// How a day is running against its forecast, and the factor the rest of it is re-forecast by.
///
/// Exists so the intraday view can say "the day is running 12% over: expect 12% more this
/// afternoon" without over-reacting to its first quiet half hour. The rule:
///
/// - `observedRatio` = actual / forecast over the intervals already reported (both known);
/// - its `weight` is a credibility in 0..<1, the product of two shrinkages: the share of the
///   day's forecast volume already reported, `s / (s + halfWeightShare)` (half weight once a
///   quarter of the day is in), and the volume seen, `n / (n + halfWeightContacts)` (half
///   weight at 50 forecast contacts, so a small queue's few calls move little);
/// - `scale` = 1 + weight x (ratio - 1), kept within `scaleRange`; 1 (the forecast as
///   published) when nothing forecast has been reported yet.
public struct IntradayReforecast: Sendable, Equatable {
    /// The share of the day's forecast volume reported at which the ratio gets half weight.
    public static let halfWeightShare = 0.25
    /// The forecast contacts reported at which the ratio gets half weight.
    public static let halfWeightContacts = 50.0
    /// The re-forecast never scales the forecast beyond these factors.
    public static let scaleRange = 0.25...4.0

    /// Forecast and actual contacts of the reported intervals.
    public let forecastSoFar: Double
    public let actualSoFar: Double
    /// Forecast contacts of the whole day.
    public let forecastDay: Double
    /// actualSoFar / forecastSoFar; nil while no forecast contact has been reported.
    public let observedRatio: Double?
    /// The credibility given to the observed ratio, 0..<1.
    public let weight: Double
    /// What the forecast of the intervals not yet reported is multiplied by.
    public let scale: Double

    /// From each interval's forecast and actual (nil: none, not reported), in any order.
    public init(forecast: [Double?], actual: [Double?]) {
        precondition(forecast.count == actual.count, "one actual per forecast interval")
        var seenForecast = 0.0, seenActual = 0.0, day = 0.0
        for (planned, happened) in zip(forecast, actual) {
            guard let planned, planned.isFinite, planned >= 0 else { continue }
            day += planned
            if let happened, happened.isFinite, happened >= 0 {
                seenForecast += planned
                seenActual += happened
            }
        }
        forecastSoFar = seenForecast
        actualSoFar = seenActual
        forecastDay = day
        guard seenForecast > 0, day > 0 else {
            observedRatio = nil
            weight = 0
            scale = 1
            return
        }
        let ratio = seenActual / seenForecast
        let share = seenForecast / day
        let credibility = share / (share + Self.halfWeightShare) * seenForecast / (seenForecast + Self.halfWeightContacts)
        observedRatio = ratio
        weight = credibility
        scale = min(max(1 + credibility * (ratio - 1), Self.scaleRange.lowerBound), Self.scaleRange.upperBound)
    }

    /// The re-forecast of an interval not yet reported.
    public func reforecast(_ forecast: Double) -> Double { forecast * scale }
}
