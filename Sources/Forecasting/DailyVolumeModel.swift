import Foundation

/// A queue's expected volume per local day: trend level x weekday factor x peak uplift.
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
        var total: Double { baseline * (uplift?.factor ?? 1) }
    }

    init(learningFrom days: TrainingDays, configuration: VolumeForecaster.Configuration) {
        let weekdays = WeekdayFactors(learningFrom: days, weeks: configuration.weekdayWindowWeeks)
        let trend = DailyTrend(learningFrom: days, weekdays: weekdays, weeks: configuration.trendWindowWeeks,
                               dampingPerWeek: configuration.trendDampingPerWeek)
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
                              noiseVariance: residualCount > 1 ? squaredResidual / residualCount : 0)
    }

    func expectation(day: Int, peakDays: [PeakDay]) -> Expectation {
        let level = trend?.level(on: day) ?? flatLevel
        let peak = uplifts.uplift(for: peakDays)
        return Expectation(baseline: level * weekdays[day], peakDay: peak?.peakDay, uplift: peak?.uplift)
    }
}
