import Foundation

/// How far actual interval volume strays from the central forecast: the basis of P90.
///
/// Exists because staffing to the central forecast fails half the intervals. The spread is
/// a negative-binomial-like variance, Var = F + a F^2 + v F^2: Poisson arrivals (F) plus a
/// relative model error a, estimated on held-out recent history (the model is refitted
/// at an origin `holdoutWeeks` weeks of normal days back, forecasts those days, and a is
/// the method-of-moments value sum((A - F)^2 - F) / sum(F^2), at least 0.02^2), plus on peak
/// days the uplift's own posterior variance v. P90 = F + 1.2816 sqrt(Var) (normal
/// approximation), so P90 >= P50 always.
struct ForecastSpread: Sendable, Equatable {
    let relativeVariance: Double

    static let z90 = 1.2815515655446004
    static let floor = 0.02 * 0.02
    /// Used when the history is too short to hold any weeks out.
    static let fallback = ForecastSpread(relativeVariance: 0.1 * 0.1)
    /// Weeks the holdout model needs to learn from.
    static let minimumTrainingWeeks = 4

    init(relativeVariance: Double) { self.relativeVariance = relativeVariance }

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
        var excess = 0.0, scale = 0.0
        for day in holdoutOrigin..<days.origin where days.normal(day) != nil {
            let range = history.dayRanges[day - history.firstDay]
            let forecast = model.forecast(day: day, slots: history.slots[range]).intervals
            for (f, i) in zip(forecast, range) {
                let error = history.offered[i] - f
                excess += error * error - f
                scale += f * f
            }
        }
        relativeVariance = scale > 0 ? max(Self.floor, excess / scale) : Self.fallback.relativeVariance
    }

    /// The 90th percentile for a central forecast `p50`, with the uplift's log variance on peak days.
    func p90(_ p50: Double, upliftVariance: Double = 0) -> Double {
        p50 + Self.z90 * (p50 + (relativeVariance + upliftVariance) * p50 * p50).squareRoot()
    }
}
