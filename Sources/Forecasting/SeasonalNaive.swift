/// The yardstick every forecast must beat: "same local interval, one week earlier".
///
/// Exists so a backtest can show that the model earns its complexity. For a test interval
/// beyond the first week, "one week earlier" would be inside the test window, unknown at
/// forecast time, so it steps back whole weeks until it reaches the training history: the
/// last observed week repeats. Weeks are stepped on the market's wall clock (the same
/// local time), so DST does not shift the pattern by an hour.
///
/// Missing is not zero: it also steps back another week when the week-ago interval was
/// not reported (``IntervalSeries/missing``) or lies on a day listed in `skippedDays`
/// (closed, a public holiday, a feed gap, an outage or a day the model flagged), so a
/// holiday week is never repeated as a normal one. When every earlier week is unfit, it
/// falls back to the most recent week in the training history (0 before the history).
struct SeasonalNaive: Sendable {
    let training: IntervalSeries
    let clock: MarketClock
    /// Local days (days since 1970-01-01) never repeated.
    var skippedDays: Set<Int> = []

    /// Forecasts for `count` intervals from `start` (epoch seconds, after the training history).
    func forecast(start: Int, count: Int) -> [Double] {
        let step = training.length.seconds
        let first = training.startSeconds
        let end = first + training.offered.count * step
        return (0..<count).map { i in
            let t = start + i * step
            let local = clock.localSeconds(at: t)
            var fallback: Int?
            var weeks = 1
            while true {
                defer { weeks += 1 }
                var u = clock.instant(forLocal: local - weeks * 7 * 86_400)
                if (u - first) % step != 0 { u = t - weeks * 7 * 86_400 }
                if u >= end { continue }
                guard u >= first else { break }
                let index = (u - first) / step
                if training.missing.contains(index) || skippedDays.contains(clock.localDay(at: u)) {
                    if fallback == nil { fallback = index }
                    continue
                }
                return training.offered[index]
            }
            return fallback.map { training.offered[$0] } ?? 0
        }
    }
}
