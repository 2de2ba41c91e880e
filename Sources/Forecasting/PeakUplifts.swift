import Foundation

/// What each position around a peak event does to daily volume, learned from the queue's
/// own past occurrences: "Black Friday runs at 2.4x the baseline, Christmas Day at 0.4x".
///
/// Exists because peaks differ by client and channel, and the only honest evidence is the
/// queue's history. For every complete special day before the origin, the ratio of actual
/// volume to the baseline the model would have predicted for that day without any uplift
/// (trend and weekday factors from the normal days before it) is taken in logs. Ratios of
/// the same ``PeakDay`` across years are averaged (a day inside two events' windows, e.g.
/// "Cyber Monday + 5" and "Christmas run-up - 4", is evidence for both positions), then
/// shrunk toward 1 (log 0) by a normal-normal posterior: weight n t^2 / (n t^2 + s^2), with
/// n occurrences, t the prior spread of uplifts and s^2 the day-to-day noise of normal days
/// around the baseline. A position never seen gets exactly 1, with the prior's variance.
struct PeakUplifts: Sendable, Equatable {
    struct Uplift: Sendable, Equatable {
        let factor: Double
        /// Posterior variance of the log factor: the uplift's own uncertainty.
        let logVariance: Double
        let occurrences: Int
    }

    let uplifts: [PeakDay: Uplift]
    let priorVariance: Double

    /// The uplift for a day with these positions (nearest event first), and the position it
    /// is credited to: the nearest position with evidence; else, inside a multi-day event
    /// longer than any seen, its latest day with evidence; else 1 with the prior's variance.
    /// Nil on a normal day.
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
        return (nearest, Uplift(factor: 1, logVariance: priorVariance, occurrences: 0))
    }

    static let noiseFloor = 0.03 * 0.03

    init(learningFrom days: TrainingDays, weekdays: WeekdayFactors, configuration: VolumeForecaster.Configuration,
         noiseVariance: Double) {
        priorVariance = configuration.upliftPriorSpread * configuration.upliftPriorSpread
        var logRatios: [PeakDay: [Double]] = [:]
        var trends: [Int: DailyTrend] = [:]  // keyed by the first day they cannot see
        var untrendable: Set<Int> = []
        var lastNormal = days.history.firstDay - 1
        for day in days.history.firstDay..<days.origin {
            let positions = days.peakDays(day)
            guard !positions.isEmpty else {
                if days.normal(day) != nil { lastNormal = day }
                continue
            }
            let horizon = lastNormal + 1
            guard let actual = days.observed(day), !untrendable.contains(horizon),
                  days.history.firstDay + 7 * Self.minimumWeeksBefore <= horizon else { continue }
            if trends[horizon] == nil {
                trends[horizon] = DailyTrend(learningFrom: days.seen(before: horizon), weekdays: weekdays,
                                             weeks: configuration.trendWindowWeeks,
                                             dampingPerWeek: configuration.trendDampingPerWeek)
            }
            guard let trend = trends[horizon] else {
                untrendable.insert(horizon)
                continue
            }
            let baseline = trend.level(on: day) * weekdays[day]
            let logRatio = log((actual + 1) / (baseline + 1))
            for position in positions { logRatios[position, default: []].append(logRatio) }
        }
        let noise = max(Self.noiseFloor, noiseVariance)
        var uplifts: [PeakDay: Uplift] = [:]
        for (peakDay, ratios) in logRatios {
            let n = Double(ratios.count)
            let mean = ratios.reduce(0, +) / n
            let precision = n * priorVariance + noise
            uplifts[peakDay] = Uplift(factor: exp(mean * n * priorVariance / precision),
                                      logVariance: priorVariance * noise / precision, occurrences: ratios.count)
        }
        self.uplifts = uplifts
    }

    /// Weeks of history a past occurrence needs before it to have a trustworthy baseline.
    static let minimumWeeksBefore = 4
}
