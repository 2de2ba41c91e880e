import Foundation

/// Replays a forecast as if made in the past: train on the history before a split, forecast
/// the test window after it, and score the model and seasonal naive against what happened.
///
/// Exists so a model change (or a new queue) can be judged on the queue's own history
/// before anyone staffs to it, including around peaks, where errors cost the most.
/// Missing is not zero: unreported intervals, closed days (recorded closures, public holidays
/// the queue did not open on), feed gaps and outages (``OutlierScreen``, same weekday in earlier clean weeks) are listed with
/// their reason and not scored; the yardstick does not repeat them either (``SeasonalNaive``).
public struct Backtest: Sendable {
    public var forecaster: VolumeForecaster
    public var calendar: SpecialDayCalendar
    public var holidays: PublicHolidayCalendar
    /// The rule held-out days are screened for outages by (the model's own ``OutlierScreen``).
    public var outageScreen: OutlierScreen
    /// The queues whose public-holiday effects are pooled with this one's, each window from
    /// their history before its origin; nil: none (the queue's own history only).
    public var comparables: ComparableQueues?

    public init(forecaster: VolumeForecaster = VolumeForecaster(), calendar: SpecialDayCalendar = .standard,
                holidays: PublicHolidayCalendar = .standard, outageScreen: OutlierScreen = .standard,
                comparables: ComparableQueues? = nil) {
        self.forecaster = forecaster
        self.calendar = calendar
        self.holidays = holidays
        self.outageScreen = outageScreen
        self.comparables = comparables
    }

    /// Trains on `history` before `testStart`, tests on `testStart ..< testEnd`. The window may
    /// end after the last reported interval as long as its last local day has one (so the
    /// last reported local day can be tested): only reported time is scored.
    public func run(_ history: QueueHistory, testStart: Date, testEnd: Date) throws(ForecastInputError) -> BacktestResult {
        let series = history.offered
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds,
                                to: Int(max(testEnd, series.end).timeIntervalSince1970))
        let days = ScoringDays(series: series, clock: clock, market: history.market, known: history.known,
                               holidayCalendar: holidays, screen: outageScreen)
        return try run(history, testStart: testStart, testEnd: testEnd, clock: clock, days: days)
    }

    /// Why each interval of the history would not be scored (nil: it would), by the same
    /// rules as ``run(_:testStart:testEnd:)``: so an export of the history can give another
    /// forecaster (the benchmark's MSTL) the same knowledge of closures, gaps and outages.
    public func exclusions(_ history: QueueHistory) -> [ScoringExclusion?] {
        let series = history.offered
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds,
                                to: Int(series.end.timeIntervalSince1970))
        let days = ScoringDays(series: series, clock: clock, market: history.market, known: history.known,
                               holidayCalendar: holidays, screen: outageScreen)
        return series.offered.indices.map { index in
            days.excluded[days.days[index]]?.reason ?? (series.missing.contains(index) ? .missing : nil)
        }
    }

    func run(_ history: QueueHistory, testStart: Date, testEnd: Date, clock: MarketClock,
             days: ScoringDays) throws(ForecastInputError) -> BacktestResult {
        let series = history.offered
        let step = series.length.seconds
        let startSeconds = Int(testStart.timeIntervalSince1970.rounded(.down))
        let endSeconds = Int(testEnd.timeIntervalSince1970.rounded(.down))
        let seriesEnd = Int(series.end.timeIntervalSince1970)
        let earliest = series.startSeconds + forecaster.configuration.minimumHistoryWeeks * 7 * 86_400
        let lastReportedDay = clock.localDay(at: seriesEnd - step)
        let latestEnd = clock.instant(forLocal: (lastReportedDay + 1) * 86_400)
        guard startSeconds >= earliest, startSeconds < seriesEnd, endSeconds <= max(latestEnd, seriesEnd),
              endSeconds > startSeconds else {
            throw .testWindowOutsideHistory(start: testStart, end: testEnd, historyStart: series.start,
                                            historyEnd: series.end)
        }
        let scoredEnd = min(endSeconds, seriesEnd)
        let training = series.prefix(endingAt: startSeconds)
        let prior = comparables?.estimate(before: testStart, calendar: calendar, holidays: .standard,
                                          configuration: forecaster.configuration)
        let forecast = try forecaster.forecast(history.replacingOffered(training), calendar: calendar, prior: prior,
                                               from: testStart, until: Date(timeIntervalSince1970: Double(scoredEnd)))
        let count = forecast.intervals.count
        let firstIndex = (startSeconds - series.startSeconds) / step

        var skipped = Set(days.excluded.keys).union(days.holidays.keys)
        skipped.formUnion(forecast.flaggedDays.map(\.day.daysSinceEpoch))
        let naive = SeasonalNaive(training: training, clock: clock, skippedDays: skipped)
            .forecast(start: startSeconds, count: count)

        var heldOut: [HeldOutInterval] = []
        heldOut.reserveCapacity(count)
        var excludedDays: [ExcludedDay] = []
        for (offset, interval) in forecast.intervals.enumerated() {
            let index = firstIndex + offset
            let day = days.days[index]
            let dayExclusion = days.excluded[day]
            if let dayExclusion, excludedDays.last?.day.daysSinceEpoch != day { excludedDays.append(dayExclusion) }
            let exclusion = dayExclusion?.reason ?? (series.missing.contains(index) ? .missing : nil)
            heldOut.append(HeldOutInterval(start: interval.start, localDay: LocalDate(daysSinceEpoch: day),
                                           localMinute: days.minutes[index], p50: interval.p50, p90: interval.p90,
                                           actual: series.offered[index], yardstick: naive[offset],
                                           exclusion: exclusion))
        }
        return BacktestResult(intervals: heldOut, excludedDays: excludedDays, forecast: forecast,
                              testRange: testStart..<testEnd)
    }
}
