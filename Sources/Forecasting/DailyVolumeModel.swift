import Foundation

/// A queue's expected volume per local day: trend level x weekday factor x the day's
/// effect (peak or public-holiday uplift, times a campaign's uplift); 0 on a known closure.
///
/// Exists to keep the daily model in one place, fitted at one origin from the days before
/// it only, so the forecast, the in-sample holdout behind P90, and backtests all run the
/// very same model.
struct DailyVolumeModel: Sendable {
    let weekdays: WeekdayFactors
    let trend: DailyTrend?
    let uplifts: PeakUplifts
    /// Fallback level when no trend could be fitted: the mean normal day.
    let flatLevel: Double

    /// What the model expects for one day, and why.
    struct Expectation: Sendable {
        let baseline: Double
        /// The day's position relative to a peak event (nil on normal days).
        let peakDay: PeakDay?
        let uplift: PeakUplifts.Uplift?
        /// The queue is closed all day (a known closure): nothing is expected.
        var isClosed = false
        var total: Double { isClosed ? 0 : baseline * (uplift?.factor ?? 1) }
    }

    /// Log variance of a campaign uplift the client stated: a stated figure is an estimate too.
    static let statedUpliftVariance = 0.1 * 0.1

    init(learningFrom days: TrainingDays, configuration: VolumeForecaster.Configuration,
         prior: PeakUpliftPrior.Estimate? = nil) {
        let weekdays = WeekdayFactors(learningFrom: days, weeks: configuration.weekdayWindowWeeks)
        let trend = DailyTrend(learningFrom: days, weekdays: weekdays, weeks: configuration.trendWindowWeeks,
                               slopeWeeks: configuration.slopeWindowWeeks,
                               dampingPerWeek: configuration.trendDampingPerWeek,
                               followsLevelShifts: configuration.followsLevelShifts)
        var normalTotal = 0.0, normalCount = 0.0, squaredResidual = 0.0, residualCount = 0.0
        for day in max(days.history.firstDay, days.origin - 7 * configuration.trendWindowWeeks)..<days.origin {
            guard let volume = days.normal(day) else { continue }
            normalTotal += volume
            normalCount += 1
            if let trend {
                let residual = log((volume + 1) / (trend.level(on: day) * weekdays[day] + 1))
                squaredResidual += residual * residual
                residualCount += 1
            }
        }
        self.weekdays = weekdays
        self.trend = trend
        flatLevel = normalCount > 0 ? normalTotal / normalCount : 0
        uplifts = PeakUplifts(learningFrom: days, weekdays: weekdays, configuration: configuration,
                              noiseVariance: residualCount > 1 ? squaredResidual / residualCount : 0, prior: prior)
    }

    /// The day's expectation. The day's effect: the peak uplift (``PeakUplifts/uplift(for:)``)
    /// when the queue's history or the pooled prior knows the position; else a public-holiday
    /// position the queue has history for; else the retail default (``RetailPeakDefaults``),
    /// except on a public holiday itself when the queue has a typical holiday effect; else, on a holiday never seen, the typical effect
    /// of the holidays it has seen (``PeakUplifts/holidayDefaults``, not on peak days), else
    /// 1 with the prior's variance. A campaign multiplies it by the uplift the
    /// client stated, else the one learned from the queue's past campaigns of that kind, else
    /// 1 with the prior's variance (a wider P90).
    func expectation(day: Int, labels: DayLabels) -> Expectation {
        let level = trend?.level(on: day) ?? flatLevel
        let baseline = level * weekdays[day]
        let peak = uplifts.uplift(for: labels.peaks(day))
        var effect: PeakUplifts.Uplift?
        if let peak, !peak.uplift.isDefault, peak.uplift.occurrences > 0 || peak.uplift.ownWeight < 1 {
            effect = peak.uplift
        }
        if effect == nil {
            for position in labels.holidays(day) {
                if let learned = uplifts.holidays[position] { effect = learned; break }
            }
        }
        // A retail default is an assumption about shopping; the queue's typical public holiday
        // (US Thanksgiving, Christmas Day: does it close, does it slow down) is learned from its
        // own history, so on the holiday itself that wins. Next to a holiday the default stands.
        if effect == nil, let peak, peak.uplift.isDefault {
            let onHoliday = labels.holidays(day).contains { $0.offset == 0 }
            effect = (onHoliday ? uplifts.holidayDefaults[0] : nil) ?? peak.uplift
        }
        if effect == nil, let nearest = labels.holidays(day).first {
            // On a peak day with no evidence the peak's own fallback (1) stands: other holidays
            // say nothing about an event the queue has not seen.
            effect = (peak == nil ? uplifts.holidayDefaults[nearest.offset] : nil)
                ?? PeakUplifts.Uplift(factor: 1, logVariance: uplifts.priorVariance, occurrences: 0)
        }
        if effect == nil { effect = peak?.uplift }
        if let campaign = labels.campaign(day) {
            let scale = campaign.expectedUplift.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }.map {
                PeakUplifts.Uplift(factor: $0, logVariance: Self.statedUpliftVariance, occurrences: 0)
            } ?? uplifts.campaigns[campaign.kind]
                ?? PeakUplifts.Uplift(factor: 1, logVariance: uplifts.priorVariance, occurrences: 0)
            effect = PeakUplifts.Uplift(factor: (effect?.factor ?? 1) * scale.factor,
                                        logVariance: (effect?.logVariance ?? 0) + scale.logVariance,
                                        occurrences: effect.map { min($0.occurrences, scale.occurrences) } ?? scale.occurrences,
                                        ownWeight: effect?.ownWeight ?? 1)
        }
        return Expectation(baseline: baseline, peakDay: peak?.peakDay, uplift: effect, isClosed: labels.isClosed(day))
    }
}
