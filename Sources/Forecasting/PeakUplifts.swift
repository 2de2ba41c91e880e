import Foundation

/// What each position around a peak event does to daily volume, learned from the queue's
/// own past occurrences: "Black Friday runs at 2.4x the baseline, Christmas Day at 0.4x";
/// and, learned the same way, each public-holiday position (``holidays``) and each kind of
/// campaign (``campaigns``).
///
/// Exists because peaks differ by client and channel, and the only honest evidence is the
/// queue's history. For every complete special day before the origin, on a weekday the
/// queue is open, the ratio of actual volume to the day's baseline (weekday factor x the
/// level of ``DailyTrend/across(_:days:weekdays:configuration:)``: bridged across a past run
/// of special days from the normal weeks on both sides, or, for the run still going at the
/// origin, extrapolated from before it as a forecast would be) is taken in logs. Ratios of
/// the same ``PeakDay`` across years are combined, the latest season weighing most
/// (``seasonsCombined(_:noise:yearVariance:)``) (a day inside two events' windows, e.g.
/// "Cyber Monday + 5" and "Christmas run-up - 4", is evidence for both positions), then
/// shrunk toward 1 (log 0) by a normal-normal posterior: weight n t^2 / (n t^2 + s^2), with
/// n occurrences, t the prior spread of uplifts and s^2 the day-to-day noise of normal days
/// around the baseline; a position of a retail event with a documented default
/// (``RetailPeakDefaults``) is shrunk toward that default instead, just as hard
/// (``VolumeForecaster/Configuration/shrinksTowardRetailDefaults``): shrinking a season of
/// Black Friday at 2.5x toward "no peak" took 3-4% off every large uplift. Given a pooled estimate for the position (``PeakUpliftPrior``),
/// the posterior is centred on it instead, each season carrying the day-to-day noise plus
/// the year-to-year spread (``VolumeForecaster/Configuration/upliftYearSpread``), and a
/// position the queue never saw takes the pooled value. A public-holiday position the queue
/// was open on every time is shrunk the same way toward the pooled effect of comparable
/// queues open on it, when the caller gives one (``PeakUpliftPrior``, "callboard-volume-8"):
/// one occurrence has the variance of one day, so a Veterans Day learned from one low
/// occurrence is mostly that day's noise; without a pooled effect, or on a holiday the queue
/// closed on, it is shrunk toward 1 as before. A peak position never seen borrows from its nearest neighbours of the
/// same event (``uplift(for:)``); with no evidence for the event it gets exactly 1, with the
/// prior's variance.
struct PeakUplifts: Sendable, Equatable {
    struct Uplift: Sendable, Equatable {
        let factor: Double
        /// Posterior variance of the log factor: the uplift's own uncertainty.
        let logVariance: Double
        let occurrences: Int
        /// Share (in logs) of the factor from the queue's own history; the rest from the pooled prior.
        var ownWeight: Double = 1
        /// The documented default for a retail event neither the queue nor its pool has seen
        /// (``RetailPeakDefaults``), not anything learned.
        var isDefault = false
    }

    let uplifts: [PeakDay: Uplift]
    let priorVariance: Double
    /// Whether a position nothing has been learned for takes ``RetailPeakDefaults``.
    var usesRetailDefaults = true

    /// The uplift for a day with these positions (nearest event first), and the position it
    /// is credited to: the nearest position with evidence; else, inside a multi-day event
    /// longer than any seen, its latest day with evidence; else the mean (in logs) of the
    /// nearest positions of the same event with evidence, up to ``neighbourReach`` days away
    /// and on the same side of the event (a position whose past days all fell on a weekday
    /// the queue is closed, as a fixed-date holiday's do, has no evidence of its own); else the
    /// documented retail default of the nearest position that has one (``RetailPeakDefaults``,
    /// unless switched off); else 1 with the prior's variance. Nil on a normal day.
    func uplift(for positions: [PeakDay]) -> (peakDay: PeakDay, uplift: Uplift)? {
        guard let nearest = positions.first else { return nil }
        for position in positions {
            if let uplift = uplifts[position] { return (position, uplift) }
        }
        for position in positions {
            guard case .during(let index) = position.position else { continue }
            for earlier in stride(from: index - 1, through: 0, by: -1) {
                if let uplift = uplifts[PeakDay(event: position.event, position: .during(earlier))] {
                    return (position, uplift)
                }
            }
        }
        for position in positions {
            for distance in 1...Self.neighbourReach {
                let found = Self.neighbours(of: position, at: distance).compactMap { uplifts[$0] }
                if !found.isEmpty { return (position, Self.pooled(found)) }
            }
        }
        if usesRetailDefaults {
            for position in positions {
                if let uplift = RetailPeakDefaults.uplift(for: position) { return (position, uplift) }
            }
        }
        return (nearest, Uplift(factor: 1, logVariance: priorVariance, occurrences: 0))
    }

    /// How far (days) a position without evidence may borrow from its neighbours.
    static let neighbourReach = 2

    /// The positions of the same event `distance` days earlier and later, on the same side of it.
    static func neighbours(of day: PeakDay, at distance: Int) -> [PeakDay] {
        let positions: [PeakDay.Position] = switch day.position {
        case .before(let n): [n - distance >= 1 ? .before(n - distance) : nil, .before(n + distance)].compactMap(\.self)
        case .during(let n): [n - distance >= 0 ? .during(n - distance) : nil, .during(n + distance)].compactMap(\.self)
        case .after(let n): [n - distance >= 1 ? .after(n - distance) : nil, .after(n + distance)].compactMap(\.self)
        }
        return positions.map { PeakDay(event: day.event, position: $0) }
    }

    /// Neighbours' uplifts combined: mean log factor; variance their mean plus their spread.
    static func pooled(_ found: [Uplift]) -> Uplift {
        let count = Double(found.count)
        let logs = found.map { log($0.factor) }
        let mean = logs.reduce(0, +) / count
        let spread = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count
        return Uplift(factor: exp(mean), logVariance: found.reduce(0) { $0 + $1.logVariance } / count + spread,
                      occurrences: found.map(\.occurrences).min() ?? 0)
    }

    static let noiseFloor = 0.03 * 0.03

    /// Learned effects of public-holiday positions (the holiday, the days next to it).
    let holidays: [HolidayPosition: Uplift]
    /// For a holiday (offset 0) or a day next to one (offset -1, +1) the queue has not seen
    /// yet: the median effect of the holidays it has seen at that offset (when it saw at least
    /// two), with their spread as the variance (at most 4x the prior's). A queue that closed
    /// on every holiday so far is expected to close on the next one too.
    let holidayDefaults: [Int: Uplift]
    /// Learned effects of the queue's past campaigns, per kind.
    let campaigns: [DemandCampaign.Kind: Uplift]

    init(learningFrom days: TrainingDays, weekdays: WeekdayFactors, configuration: VolumeForecaster.Configuration,
         noiseVariance: Double, prior: PeakUpliftPrior.Estimate? = nil) {
        let priorVariance = configuration.upliftPriorSpread * configuration.upliftPriorSpread
        self.priorVariance = priorVariance
        usesRetailDefaults = configuration.usesRetailDefaults
        let ratios = Self.logRatios(days, weekdays: weekdays, configuration: configuration)
        let noise = max(Self.noiseFloor, noiseVariance)
        let yearVariance = configuration.upliftYearSpread * configuration.upliftYearSpread
        func shrunk(_ ratios: [Double]) -> Uplift {
            let n = Double(ratios.count)
            let mean = ratios.reduce(0, +) / n
            return shrunkMean(mean, count: n, occurrences: ratios.count)
        }
        func shrunkMean(_ mean: Double, count n: Double, occurrences: Int) -> Uplift {
            let precision = n * priorVariance + noise
            return Uplift(factor: exp(mean * n * priorVariance / precision),
                          logVariance: priorVariance * noise / precision, occurrences: occurrences)
        }
        // With a pooled estimate for the position: a normal-normal posterior around it, each
        // season's mean ratio carrying the day-to-day noise plus the year-to-year variation.
        let seasonNoise = noise + yearVariance
        func pooled(_ mean: Double, count n: Double, occurrences: Int, _ estimate: PeakUpliftPrior.Pooled) -> Uplift {
            Self.shrunk(mean, count: n, occurrences: occurrences, toward: estimate, seasonNoise: seasonNoise)
        }
        var peaks: [PeakDay: Uplift] = [:]
        for (position, values) in ratios.peaks {
            // Seasons oldest first; the latest counts most (``seasonsCombined(_:noise:yearVariance:)``).
            let seasons = Self.seasonsCombined(values, noise: noise,
                                               yearVariance: configuration.weighsRecentSeasons ? yearVariance : 0)
            // Without a pooled estimate, a retail event's position is shrunk toward its
            // documented default (``RetailPeakDefaults``), not toward "no peak".
            let centre = configuration.usesRetailDefaults && configuration.shrinksTowardRetailDefaults
                ? RetailPeakDefaults.factor(for: position) : nil
            peaks[position] = prior?.table[position].map {
                pooled(seasons.mean, count: seasons.effectiveCount, occurrences: values.count, $0)
            } ?? centre.map {
                Self.shrunk(seasons.mean, count: seasons.effectiveCount, occurrences: values.count,
                            toward: log($0), priorVariance: priorVariance,
                            noise: noise)
            } ?? shrunkMean(seasons.mean, count: seasons.effectiveCount, occurrences: values.count)
        }
        for (position, estimate) in prior?.table ?? [:] where peaks[position] == nil {
            peaks[position] = Uplift(factor: exp(estimate.meanLog), logVariance: estimate.variance, occurrences: 0,
                                     ownWeight: 0)
        }
        uplifts = peaks
        // A holiday position the queue was open on every time, with a pooled effect of the
        // comparable queues open on it: shrunk toward that effect by the ratio of variances,
        // one occurrence having the variance of one day (plus the year-to-year variation). A
        // position the queue closed on (no contacts) keeps its own effect: a closure is
        // the queue's decision, not noise.
        var holidayEffects: [HolidayPosition: Uplift] = [:]
        for (position, values) in ratios.holidays {
            if ratios.openHolidays[position]?.count == values.count, let estimate = prior?.holidays[position] {
                let n = Double(values.count)
                holidayEffects[position] = pooled(values.reduce(0, +) / n, count: n, occurrences: values.count, estimate)
            } else {
                holidayEffects[position] = shrunk(values)
            }
        }
        holidays = holidayEffects
        var defaults: [Int: Uplift] = [:]
        for offset in -HolidayPosition.reach...HolidayPosition.reach {
            let means = ratios.holidays.filter { $0.key.offset == offset }.values.map { $0.reduce(0, +) / Double($0.count) }
            guard means.count >= 2 else { continue }
            let median = DailyTrend.median(means)
            let deviation = DailyTrend.median(means.map { abs($0 - median) }) * 1.4826
            defaults[offset] = Uplift(factor: exp(median),
                                      logVariance: min(4 * priorVariance, max(noise, deviation * deviation)),
                                      occurrences: 0)
        }
        holidayDefaults = defaults
        campaigns = ratios.campaigns.mapValues(shrunk)
    }

    /// A normal-normal posterior of a mean log ratio of `count` seasons (or holiday
    /// occurrences), each seen with `seasonNoise` (the day-to-day noise plus the year-to-year
    /// variation), around a pooled estimate of comparable queues (``PeakUpliftPrior``): the
    /// own mean weighs n tau / (n tau + seasonNoise), tau the pooled estimate's variance, and
    /// the posterior variance (shown in P90) is tau seasonNoise / (n tau + seasonNoise).
    static func shrunk(_ mean: Double, count n: Double, occurrences: Int, toward estimate: PeakUpliftPrior.Pooled,
                       seasonNoise: Double) -> Uplift {
        let tau = estimate.variance
        let weight = n * tau / (n * tau + seasonNoise)
        return Uplift(factor: exp(weight * mean + (1 - weight) * estimate.meanLog),
                      logVariance: tau * seasonNoise / (n * tau + seasonNoise), occurrences: occurrences,
                      ownWeight: weight)
    }

    /// A normal-normal posterior of a mean log ratio of `count` seasons, each seen with the
    /// day-to-day `noise`, around a prior centred on `centre` with `priorVariance`. A fixed
    /// prior, not a pooled estimate: ``Uplift/ownWeight`` stays 1, as when shrunk toward 1.
    static func shrunk(_ mean: Double, count n: Double, occurrences: Int, toward centre: Double,
                       priorVariance: Double, noise: Double) -> Uplift {
        let weight = n * priorVariance / (n * priorVariance + noise)
        return Uplift(factor: exp(weight * mean + (1 - weight) * centre),
                      logVariance: priorVariance * noise / (n * priorVariance + noise), occurrences: occurrences)
    }

    /// One position's past seasons (log ratios, oldest first) combined as a level that drifts
    /// from year to year: a local-level (random-walk) filter, each season observed with the
    /// day-to-day `noise`, the uplift moving by `yearVariance` between seasons. The latest
    /// season weighs most (with two seasons, noise 0.005 and a year spread of 0.1: 73% against
    /// 27%), and `effectiveCount` (noise over the filtered variance) is what the seasons are
    /// worth as if independent, between 1 and their number; with `yearVariance` 0 it is the plain
    /// mean and count ("callboard-volume-5").
    ///
    /// Why: a peak's uplift is not a constant drawn afresh each year. Promotions, the
    /// channel mix and shoppers' habits move it, mostly in one direction for years at a time,
    /// and an old season (often also the worst measured: the first one in a history, measured
    /// against a line extrapolated from the weeks after it) pulled an equal-weight mean back
    /// toward where the peak used to be.
    static func seasonsCombined(_ ratios: [Double], noise: Double, yearVariance: Double)
        -> (mean: Double, effectiveCount: Double)
    {
        guard let first = ratios.first else { return (0, 0) }
        var mean = first, variance = noise
        for ratio in ratios.dropFirst() {
            variance += yearVariance
            let gain = variance / (variance + noise)
            mean += gain * (ratio - mean)
            variance *= 1 - gain
        }
        return (mean, variance > 0 ? noise / variance : Double(ratios.count))
    }

    /// The log ratios of actual to baseline of every observed special day before the origin,
    /// on a weekday the queue is open, by what makes it special. A campaign day teaches only
    /// its campaign's kind, and only when no peak or holiday reaches it (its ratio would mix
    /// both); peak and holiday positions learn from days without a campaign. `openHolidays`
    /// holds the holiday ratios of the days the queue had contacts on (open), which are what
    /// comparable queues pool (``PeakUpliftPrior``).
    static func logRatios(_ days: TrainingDays, weekdays: WeekdayFactors, configuration: VolumeForecaster.Configuration)
        -> (peaks: [PeakDay: [Double]], holidays: [HolidayPosition: [Double]], openHolidays: [HolidayPosition: [Double]],
            campaigns: [DemandCampaign.Kind: [Double]])
    {
        var peaks: [PeakDay: [Double]] = [:]
        var holidays: [HolidayPosition: [Double]] = [:]
        var openHolidays: [HolidayPosition: [Double]] = [:]
        var campaigns: [DemandCampaign.Kind: [Double]] = [:]
        let labels = days.labels
        var day = days.history.firstDay
        while day < days.origin {
            guard labels.isSpecial(day) else { day += 1; continue }
            var end = day + 1
            while end < days.origin, labels.isSpecial(end) { end += 1 }
            let run = day..<end
            day = end
            guard let baseline = DailyTrend.across(run, days: days, weekdays: weekdays,
                                                   configuration: configuration) else { continue }
            for runDay in run {
                guard weekdays.isOpen(runDay), let actual = days.observed(runDay) else { continue }
                let logRatio = log((actual + 1) / (baseline.level(on: runDay) * weekdays[runDay] + 1))
                if let campaign = labels.campaign(runDay) {
                    if labels.peaks(runDay).isEmpty, labels.holidays(runDay).isEmpty {
                        campaigns[campaign.kind, default: []].append(logRatio)
                    }
                    continue
                }
                for position in labels.peaks(runDay) { peaks[position, default: []].append(logRatio) }
                for position in labels.holidays(runDay) {
                    holidays[position, default: []].append(logRatio)
                    if actual > 0 { openHolidays[position, default: []].append(logRatio) }
                }
            }
        }
        return (peaks, holidays, openHolidays, campaigns)
    }
}
