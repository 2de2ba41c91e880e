import Foundation

/// A rolling-origin backtest: `origins` forecast origins one week apart, each trained only
/// on the history before it and tested on the `horizonDays` local days that follow; the
/// last window ends on `lastDay`.
///
/// Exists because one window says little: a model that wins one month and loses the next
/// is not to be trusted. Each window and the pooled total are scored for the model and the
/// seasonal-naive yardstick (WAPE, bias, P90 coverage), with the same exclusions.
public struct RollingBacktest: Sendable {
    public var backtest: Backtest
    /// Most origins one run accepts (a year of weekly origins).
    public static let maximumOrigins = 52
    /// Longest horizon in days.
    public static let maximumHorizonDays = 91

    public init(backtest: Backtest = Backtest()) { self.backtest = backtest }

    /// The market-local day of the history's last reported interval: where a rolling
    /// backtest's last window ends when no day is given.
    public static func lastReportedDay(of history: QueueHistory) -> LocalDate {
        let series = history.offered
        let last = Int(series.end.timeIntervalSince1970) - series.length.seconds
        let clock = MarketClock(timeZone: history.timeZone, from: last - 86_400, to: last + 86_400)
        return LocalDate(daysSinceEpoch: clock.localDay(at: last))
    }

    /// The first held-out local day of each window, oldest first.
    public static func origins(count: Int, horizonDays: Int, lastDay: LocalDate) -> [LocalDate] {
        let lastOrigin = lastDay.adding(days: 1 - horizonDays)
        return (0..<max(0, count)).map { lastOrigin.adding(days: -7 * (count - 1 - $0)) }
    }

    /// The windows end on `lastDay` (default: the last reported local day).
    public func run(_ history: QueueHistory, lastDay: LocalDate? = nil, origins count: Int,
                    horizonDays: Int) throws(ForecastInputError) -> RollingBacktestResult {
        let lastDay = lastDay ?? Self.lastReportedDay(of: history)
        guard (1...Self.maximumOrigins).contains(count) else {
            throw .invalidConfiguration(field: "origins", value: Double(count))
        }
        guard (1...Self.maximumHorizonDays).contains(horizonDays) else {
            throw .invalidConfiguration(field: "horizonDays", value: Double(horizonDays))
        }
        let series = history.offered
        let origins = Self.origins(count: count, horizonDays: horizonDays, lastDay: lastDay)
        let lastEnd = Self.midnight(lastDay.adding(days: 1), zone: history.timeZone)
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds,
                                to: max(lastEnd, Int(series.end.timeIntervalSince1970)))
        let days = ScoringDays(series: series, clock: clock, market: history.market, known: history.known,
                               holidayCalendar: backtest.holidays, screen: backtest.outageScreen)
        var windows: [BacktestResult] = []
        for origin in origins {
            let start = clock.instant(forLocal: origin.daysSinceEpoch * 86_400)
            let end = clock.instant(forLocal: origin.adding(days: horizonDays).daysSinceEpoch * 86_400)
            windows.append(try backtest.run(history, testStart: Date(timeIntervalSince1970: Double(start)),
                                            testEnd: Date(timeIntervalSince1970: Double(end)), clock: clock, days: days))
        }
        return RollingBacktestResult(origins: origins, horizonDays: horizonDays, windows: windows)
    }

    static func midnight(_ day: LocalDate, zone: TimeZone) -> Int {
        let local = day.daysSinceEpoch * 86_400
        let clock = MarketClock(timeZone: zone, from: local - 2 * 86_400, to: local + 2 * 86_400)
        return clock.instant(forLocal: local)
    }
}
