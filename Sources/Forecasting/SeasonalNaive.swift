/// The yardstick every forecast must beat: "same local interval, one week earlier".
///
/// Exists so a backtest can show that the model earns its complexity. For a test interval
/// beyond the first week, "one week earlier" would be inside the test window, unknown at
/// forecast time, so it steps back whole weeks until it reaches the training history: the
/// last observed week repeats. Weeks are stepped on the market's wall clock (the same
/// local time), so DST does not shift the pattern by an hour.
struct SeasonalNaive: Sendable {
    let training: IntervalSeries
    let clock: MarketClock

    /// Forecasts for `count` intervals from `start` (epoch seconds, after the training history).
    func forecast(start: Int, count: Int) -> [Double] {
        let step = training.length.seconds
        let first = training.startSeconds
        let end = first + training.offered.count * step
        return (0..<count).map { i in
            let t = start + i * step
            let local = clock.localSeconds(at: t)
            var weeks = 1
            while true {
                var u = clock.instant(forLocal: local - weeks * 7 * 86_400)
                if (u - first) % step != 0 { u = t - weeks * 7 * 86_400 }
                if u >= end { weeks += 1; continue }
                return u >= first ? training.offered[(u - first) / step] : 0
            }
        }
    }
}
