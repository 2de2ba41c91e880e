import Foundation

/// Forecasts a queue's offered contacts per interval (P50 and P90) from its own history.
///
/// Exists so the scheduler's nightly and pre-peak jobs get interval demand to staff
/// against. Pure: no database, files or clock; the same input gives the same forecast.
///
/// The model ("callboard-volume-8"), all on the market's local clock:
/// 0. what the model may learn from (``TrainingDays``): an interval open by the queue's hours
///    with no report is missing, not zero (unless its slot is unreported on most comparable
///    days or carries only a few contacts: zero rows a feed left out, ``OmittedZeros``); a
///    run of reported zeros where the slot normally has calls is an outage
///    (``IntervalOutages``); a whole open day with no reports is a feed gap
///    (flagged, not learned); a partly reported day teaches the intraday shape from its
///    reported intervals only and its total is dropped (not guessed). Known closures
///    (``KnownDays/closures``) teach nothing; a normal day far from the median of the same
///    weekday in the weeks around it is flagged as an outage or a spike (``OutlierScreen``,
///    Poisson-aware, adapted to the queue's own day-to-day noise) and not learned, unless a
///    user confirmed it as real. Everything excluded is listed in ``Forecast/flaggedDays``.
/// 1. daily volume = trend level x weekday factor x the day's effect. The level and growth
///    are a damped, robust (Theil-Sen) line: growth from the last 26 weeks' weekday-adjusted
///    normal days, level from the last 10 weeks' (``DailyTrend``); weekday factors come from the last 16 weeks
///    (``WeekdayFactors``). Normal days exclude peak windows, public holidays of the
///    market (``PublicHolidayCalendar``) and the days next to them, campaigns and closures.
/// 2. the effect: on a peak day, the queue's own past ratio of actual to the baseline level
///    for "event day + k", combined over past years in logs (the latest weighing most) and shrunk toward 1 when
///    evidence is thin, or toward the pooled uplift of comparable queues when the caller
///    gives one (``PeakUpliftPrior``; ``ForecastDay/ownWeight`` says how much is the
///    queue's own) (``PeakUplifts``); on a public holiday or a day next to one, the same
///    kind of learned ratio per holiday name and offset, shrunk toward the pooled effect of
///    comparable queues open on it when the caller gives one (``PeakUpliftPrior``; a holiday
///    the queue closed on forecasts about 0; one never seen takes the median effect of the
///    holidays seen, else 1 with the prior's variance); on a campaign day,
///    times the uplift the client stated, else the one learned from past campaigns of that
///    kind, else 1 with a wider P90. A known closure forecasts 0 (P50 and P90). A past
///    season's baseline is a line bridged across it from the normal weeks on both sides.
/// 3. the day is spread over its intervals by a per-weekday share of local time of day
///    (``IntradayShape``), renormalised over the intervals the day has (23 h, 24 h, 25 h).
/// 4. interval P90 = P50 + 1.2816 sd, with Poisson plus relative model error measured on
///    held-out recent weeks plus the effect's uncertainty (``ForecastSpread``); a day's
///    P90 (``ForecastDay/p90``) is the 90th percentile of the day's total, from the error
///    of held-out day totals, not the sum of interval P90s.
///
/// Changed from "callboard-volume-7": a public holiday (or a day next to one) the queue stays
/// open on is shrunk toward the pooled effect of comparable queues open on it (the account's
/// queues in the same market first, then the account, then the channel), by the ratio of
/// variances: one occurrence a year has the variance of one day, so an effect learned from
/// one occurrence was mostly that day's noise (full demo world: Veterans Day, Armistice
/// learned from one occurrence). Before, it was shrunk toward 1 by a wide prior, i.e. hardly
/// at all. Backtests pool holidays from the account's queues' history before each origin
/// (``ComparableQueues``).
///
/// Changed from "callboard-volume-6": without a pooled estimate, a retail event's position seen
/// in one or two seasons is shrunk toward the event's documented default uplift
/// (``RetailPeakDefaults``), not toward 1 (``Configuration/shrinksTowardRetailDefaults``):
/// shrinking toward "no peak" took a few percent off every large uplift (full demo world:
/// Black Friday season days 1.6% under the generator's truth on average over 44 queues).
///
/// Changed from "callboard-volume-5": a peak position's past seasons are combined as a level
/// drifting from year to year, the latest weighing most (``PeakUplifts/seasonsCombined(_:noise:yearVariance:)``,
/// ``Configuration/weighsRecentSeasons``), not as a plain mean.
///
/// Changed from "callboard-volume-4": the growth is measured over 26 weeks of normal days,
/// not the 10 the level rests on (``Configuration/slopeWindowWeeks``): a slope through ten
/// noisy weekly levels extrapolated a chance dip before the season as a decline.
///
/// Changed from "callboard-volume-3": an event neither the queue nor its pool has seen takes
/// the documented retail default (``RetailPeakDefaults``, wide P90, ``ForecastDay/usesRetailDefault``)
/// instead of 1; a step in the level over the last two weeks moves the trend
/// (``DailyTrend/recentShift(of:logLevel:slope:anchorDay:)``); a past season's bridged
/// baseline skips the first weeks after it (post-peak returns and sales, ``DailyTrend/postPeakWeeks``).
///
/// Changed from "callboard-volume-2": missing intervals read as zeros, public-holiday
/// closures learned as normal days (dragging the level down for weeks) and forecast as
/// normal days, outages learned, campaigns unknown, thin peaks shrunk toward 1 only, and a
/// day's P90 taken as the sum of its intervals'.
public struct VolumeForecaster: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Forecasts the `weeks` weeks that follow the history.
    public func forecast(_ history: QueueHistory, calendar: SpecialDayCalendar = .standard,
                         holidays: PublicHolidayCalendar = .standard, prior: PeakUpliftPrior.Estimate? = nil,
                         weeks: Int) throws(ForecastInputError) -> Forecast {
        let end = history.offered.end.addingTimeInterval(Double(weeks * 7 * 86_400))
        return try forecast(history, calendar: calendar, holidays: holidays, prior: prior,
                            from: history.offered.end, until: end)
    }

    /// Forecasts the intervals from `start` (at or after the history's end) until `end`.
    /// `holidays` gives the market's public holidays (a market it does not cover has none);
    /// `prior` is the pooled peak uplift and holiday effect of comparable queues
    /// (``PeakUpliftPrior``), which peak uplifts learned from few seasons and holiday effects
    /// learned from few occurrences are shrunk toward instead of toward 1.
    public func forecast(_ history: QueueHistory, calendar: SpecialDayCalendar = .standard,
                         holidays: PublicHolidayCalendar = .standard, prior: PeakUpliftPrior.Estimate? = nil,
                         from start: Date, until end: Date) throws(ForecastInputError) -> Forecast {
        try configuration.validate()
        let series = history.offered
        let length = series.length
        for instant in [start, end] {
            let seconds = instant.timeIntervalSince1970
            guard seconds.rounded(.down) == seconds, Int(seconds) % length.seconds == 0 else {
                throw .misalignedInterval(start: instant, lengthMinutes: length.minutes)
            }
        }
        guard start >= series.end else { throw .horizonStartsInsideHistory(start: start, historyEnd: series.end) }
        guard end > start else { throw .emptyHorizon(start: start, end: end) }
        guard series.weeks >= Double(configuration.minimumHistoryWeeks) else {
            throw .historyTooShort(weeks: series.weeks, requiredWeeks: configuration.minimumHistoryWeeks)
        }
        let startSeconds = Int(start.timeIntervalSince1970), endSeconds = Int(end.timeIntervalSince1970)
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds, to: endSeconds)
        let local = LocalHistory(series: series, clock: clock)

        // The horizon widened to whole local days, so each day's total is spread over all its intervals.
        let step = length.seconds
        let firstDay = clock.localDay(at: startSeconds), lastDay = clock.localDay(at: endSeconds - step)
        var gridStart = startSeconds, gridEnd = endSeconds
        while clock.localDay(at: gridStart - step) == firstDay { gridStart -= step }
        while clock.localDay(at: gridEnd) == lastDay { gridEnd += step }
        let count = (gridEnd - gridStart) / step
        let (days, minutes) = clock.positions(start: gridStart, count: count, step: step)
        let slots = minutes.map { $0 / length.minutes }

        let labels = DayLabels(from: local.firstDay, through: lastDay, market: history.market, known: history.known,
                               peakCalendar: calendar, holidayCalendar: holidays)
        let training = TrainingDays(history: local, labels: labels, origin: local.originDay)
        let model = FittedVolumeModel(days: training, configuration: configuration, prior: prior)
        let spread = ForecastSpread(holdingOutFrom: training, configuration: configuration)

        var intervals: [ForecastInterval] = []
        intervals.reserveCapacity((endSeconds - startSeconds) / step)
        var forecastDays: [ForecastDay] = []
        var runStart = 0
        for i in 1...count where i == count || days[i] != days[runStart] {
            let (expectation, values) = model.forecast(day: days[runStart], slots: slots[runStart..<i])
            let upliftVariance = expectation.uplift?.logVariance ?? 0
            var isWholeDay = true
            var intervalP90Sum = 0.0
            for (offset, p50) in values.enumerated() {
                let t = gridStart + (runStart + offset) * step
                let p90 = expectation.isClosed ? 0 : spread.p90(p50, upliftVariance: upliftVariance)
                intervalP90Sum += p90
                guard t >= startSeconds, t < endSeconds else { isWholeDay = false; continue }
                intervals.append(ForecastInterval(start: Date(timeIntervalSince1970: Double(t)), p50: p50, p90: p90))
            }
            let dayP90 = expectation.isClosed ? 0
                : min(intervalP90Sum, spread.dayP90(expectation.total, upliftVariance: upliftVariance))
            forecastDays.append(ForecastDay(
                day: LocalDate(daysSinceEpoch: days[runStart]), p50: expectation.total,
                baseline: expectation.baseline, uplift: expectation.uplift?.factor ?? 1,
                peakDay: expectation.peakDay, upliftEvidence: expectation.uplift?.occurrences ?? 0,
                isWholeDay: isWholeDay, p90: dayP90, ownWeight: expectation.uplift?.ownWeight ?? 1,
                isClosed: expectation.isClosed,
                holiday: labels.holidays(days[runStart]).first { $0.offset == 0 }?.name,
                usesRetailDefault: expectation.uplift?.isDefault ?? false))
            runStart = i
        }
        return Forecast(modelVersion: configuration.modelVersion, market: history.market,
                        timeZoneIdentifier: history.timeZone.identifier, length: length,
                        trainingRange: series.start..<series.end, intervals: intervals, days: forecastDays,
                        flaggedDays: training.flaggedDays)
    }
}
