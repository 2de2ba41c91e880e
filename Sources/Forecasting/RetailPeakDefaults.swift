import Foundation

/// The documented default uplift of each position around the retail calendar's events, for
/// a queue whose own history and pool (``PeakUpliftPrior``) have never seen the event.
///
/// Exists because Callboard's clients are e-commerce sellers (docs: peak season, "volume can
/// triple"): a queue with nine weeks of history and no comparable queue would otherwise
/// forecast Black Friday as a normal Friday (uplift 1), and every scheduler knows that is
/// wrong. These are ASSUMPTIONS, not learned figures: typical e-commerce support volume
/// relative to a normal day of the same weekday, rounded and deliberately moderate
/// (Black Friday about 2x, Cyber Monday 1.8x, a tail of returns and "where is my order"
/// contacts over the following days, the Christmas run-up rising from +20% to +45%, Christmas
/// Eve 0.8x, Christmas Day 0.35x, the days after Christmas +25% falling off, Boxing Day 1.5x
/// where it is an event). Their uncertainty is wide (``spread``: a P90 about 1.6x the P50
/// uplift), so staffing to the P90 covers a queue whose peak is stronger. Prime Day and
/// Singles' Day have no default: whether a seller takes part is client-specific.
/// A public holiday the queue has seen (e.g. US Thanksgiving, Black Friday - 1) takes
/// precedence over a default (``DailyVolumeModel/expectation(day:labels:)``). Used only
/// after the queue's own evidence, the pooled estimate and the neighbouring positions of
/// the same event have all been tried (``PeakUplifts/uplift(for:)``); switch off with
/// ``VolumeForecaster/Configuration/usesRetailDefaults``.
enum RetailPeakDefaults {
    /// Standard deviation of the log of a default uplift.
    static let spread = 0.35

    /// The default uplift factor of a position; nil when there is none.
    static func factor(for day: PeakDay) -> Double? {
        switch (day.event, day.position) {
        case (.blackFriday, .before(let n)) where (1...7).contains(n):
            return [1.2, 1.15, 1.15, 1.1, 1.1, 1.05, 1.05][n - 1]
        case (.blackFriday, .during(0)): return 2.0
        case (.blackFriday, .after(let n)) where (1...10).contains(n):
            return [1.6, 1.45, 1.8, 1.5, 1.4, 1.3, 1.25, 1.2, 1.2, 1.15][n - 1]
        case (.cyberMonday, .before(let n)) where (1...7).contains(n):
            return [1.45, 1.6, 2.0, 1.2, 1.15, 1.15, 1.1][n - 1]
        case (.cyberMonday, .during(0)): return 1.8
        case (.cyberMonday, .after(let n)) where (1...10).contains(n):
            return [1.5, 1.4, 1.3, 1.25, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2][n - 1]
        case (.christmasRunUp, .before(let n)) where (1...7).contains(n):
            return 1.2
        case (.christmasRunUp, .during(let n)) where (0...13).contains(n):
            return 1.2 + 0.02 * Double(n)
        case (.christmasRunUp, .after(let n)) where (1...10).contains(n):
            return christmasTail(daysAfterTwentyThird: n)
        case (.christmas, .before(let n)) where (1...7).contains(n):
            return n == 1 ? 0.8 : 1.2 + 0.02 * Double(15 - n)
        case (.christmas, .during(0)): return 0.35
        case (.christmas, .after(let n)) where (1...10).contains(n):
            return christmasTail(daysAfterTwentyThird: n + 2)
        case (.boxingDay, .before(1)): return 0.35
        case (.boxingDay, .during(0)): return 1.5
        case (.boxingDay, .after(let n)) where (1...10).contains(n):
            return christmasTail(daysAfterTwentyThird: n + 3)
        default: return nil
        }
    }

    /// 24 December onward: Christmas Eve, Christmas Day, then returns falling off to +5%.
    static func christmasTail(daysAfterTwentyThird n: Int) -> Double {
        switch n {
        case 1: 0.8
        case 2: 0.35
        default: max(1.05, 1.3 - 0.025 * Double(n - 3))
        }
    }

    /// The default as an uplift the forecaster applies: no evidence behind it, nothing from
    /// the queue's own history.
    static func uplift(for day: PeakDay) -> PeakUplifts.Uplift? {
        factor(for: day).map {
            PeakUplifts.Uplift(factor: $0, logVariance: spread * spread, occurrences: 0, ownWeight: 0, isDefault: true)
        }
    }
}
