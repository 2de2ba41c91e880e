import Foundation

/// How far actual volume strays from the central forecast, per interval and per day: the
/// basis of P90.
///
/// Exists because staffing to the central forecast fails half the intervals. The spread is
/// a negative-binomial-like variance, Var = F + a F^2 + v F^2: Poisson arrivals (F) plus a
/// relative model error a, estimated on held-out recent history (the model is refitted
/// at an origin `holdoutWeeks` weeks of normal days back, forecasts those days, and a is
/// the method-of-moments value sum((A - F)^2 - F) / sum(F^2), at least 0.02^2), plus on peak
/// days the uplift's own posterior variance v. P90 = F + 1.2816 sqrt(Var) (normal
/// approximation), so P90 >= P50 always.
///
/// A day's P90 is the 90th percentile of the day's total, not the sum of its intervals'
/// P90s: the same moments are measured on held-out day totals (``dayRelativeVariance``),
/// which carries the correlation of the errors within a day (a day that runs high runs high
/// in most of its intervals) without assuming it is 0 or 1. Missing intervals (and the days
/// they fall on) are not scored.
struct ForecastSpread: Sendable, Equatable {
    let relativeVariance: Double
    /// Relative model error of day totals.
    let dayRelativeVariance: Double

    static let z90 = 1.2815515655446004
    static let floor = 0.02 * 0.02
    /// Used when the history is too short to hold any weeks out.
    static let fallback = ForecastSpread(relativeVariance: 0.1 * 0.1, dayRelativeVariance: 0.08 * 0.08)
    /// Weeks the holdout model needs to learn from.
    static let minimumTrainingWeeks = 4

    init(relativeVariance: Double, dayRelativeVariance: Double) {
        self.relativeVariance = relativeVariance
        self.dayRelativeVariance = dayRelativeVariance
    }

    init(holdingOutFrom days: TrainingDays, configuration: VolumeForecaster.Configuration) {
        let history = days.history
        var holdoutOrigin = days.origin
        var normalDays = 0
        while holdoutOrigin > history.firstDay, normalDays < 7 * configuration.holdoutWeeks {
            holdoutOrigin -= 1
            if days.normal(holdoutOrigin) != nil { normalDays += 1 }
        }
        guard normalDays >= 7,
              holdoutOrigin - history.firstDay >= 7 * Self.minimumTrainingWeeks else { self = .fallback; return }
        let model = FittedVolumeModel(days: days.seen(before: holdoutOrigin), configuration: configuration)
        var excess = 0.0, scale = 0.0, dayExcess = 0.0, dayScale = 0.0
        for day in holdoutOrigin..<days.origin {
            guard let actualDay = days.normal(day) else { continue }
            let range = history.dayRanges[day - history.firstDay]
            let forecast = model.forecast(day: day, slots: history.slots[range]).intervals
            for (f, i) in zip(forecast, range) {
                let error = history.offered[i] - f
                excess += error * error - f
                scale += f * f
            }
            let forecastDay = forecast.reduce(0, +)
            let error = actualDay - forecastDay
            dayExcess += error * error - forecastDay
            dayScale += forecastDay * forecastDay
        }
        relativeVariance = scale > 0 ? max(Self.floor, excess / scale) : Self.fallback.relativeVariance
        dayRelativeVariance = dayScale > 0 ? max(Self.floor, dayExcess / dayScale) : Self.fallback.dayRelativeVariance
    }

    /// The 90th percentile for an interval's central forecast `p50`, with the uplift's log variance on peak days.
    func p90(_ p50: Double, upliftVariance: Double = 0) -> Double {
        p50 + Self.z90 * (p50 + (relativeVariance + upliftVariance) * p50 * p50).squareRoot()
    }

    /// The 90th percentile of a day's total for its central forecast `p50`.
    func dayP90(_ p50: Double, upliftVariance: Double = 0) -> Double {
        p50 + Self.z90 * (p50 + (dayRelativeVariance + upliftVariance) * p50 * p50).squareRoot()
    }
}
