/// The market-local day and minute of day of each interval of a history.
///
/// Exists so an export of the history (the benchmark's `--history` file) carries the same
/// local times the forecaster and the backtest reason in, DST included.
extension QueueHistory {
    public func localStarts() -> [(day: LocalDate, minute: Int)] {
        let series = offered
        let clock = MarketClock(timeZone: timeZone, from: series.startSeconds,
                                to: Int(series.end.timeIntervalSince1970))
        let (days, minutes) = clock.positions(start: series.startSeconds, count: series.offered.count,
                                              step: series.length.seconds)
        return zip(days, minutes).map { (LocalDate(daysSinceEpoch: $0), $1) }
    }
}
