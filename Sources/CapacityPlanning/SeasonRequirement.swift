import Foundation
import Forecasting
import StaffingMath

/// A queue's staffing need over a season: per interval and per local day, from its
/// forecast, staffing profile and roster rule.
///
/// Exists so the job computes the requirement once, in one pure step that the benchmark
/// and the tests can run without a database. Planned to P50: P90 is kept per day so a
/// planner can see the contingency.
public struct SeasonRequirement: Sendable, Hashable {
    public let intervals: [IntervalRequirement]
    public let days: [DailyRequirement]

    /// The requirement for the forecast `intervals` (UTC), grouped by local day on `timeZone`;
    /// only intervals on `season`'s days count. A day's contacts P90 is the forecast day's
    /// own P90 (the 90th percentile of its total, from `forecastDays`) when the horizon covers
    /// the whole day; only a day the horizon cuts falls back to the sum of its intervals' P90s.
    public init(intervals forecast: [ForecastInterval], days forecastDays: [ForecastDay] = [], intervalSeconds: Int,
                timeZone: TimeZone, season: PeakSeason, profile: StaffingProfile,
                roster: RosterRule = .standard) throws(StaffingInputError) {
        let dayP90 = Dictionary(forecastDays.filter(\.isWholeDay).map { ($0.day, $0.p90) }, uniquingKeysWith: { a, _ in a })
        var intervals: [IntervalRequirement] = []
        intervals.reserveCapacity(forecast.count)
        var byDay: [LocalDate: (p50: Double, p90: Double, peak: Int, hours: Double)] = [:]
        let hoursPerInterval = Double(intervalSeconds) / 3600
        for interval in forecast {
            let day = Self.localDay(of: interval.start, in: timeZone)
            guard day >= season.firstDay, day <= season.lastDay else { continue }
            let need = try profile.requirement(contacts: interval.p50, intervalSeconds: Double(intervalSeconds),
                                               start: interval.start)
            intervals.append(need)
            var total = byDay[day] ?? (0, 0, 0, 0)
            total.p50 += interval.p50
            total.p90 += interval.p90
            total.peak = max(total.peak, need.scheduled)
            total.hours += profile.isDeferred ? need.agents / (1 - profile.shrinkage) * hoursPerInterval
                : Double(need.scheduled) * hoursPerInterval
            byDay[day] = total
        }
        self.intervals = intervals
        days = season.days.map { day in
            let total = byDay[day] ?? (0, 0, 0, 0)
            return DailyRequirement(day: day, contactsP50: total.p50, contactsP90: dayP90[day] ?? total.p90,
                                    peakScheduled: total.peak,
                                    scheduledHours: total.hours, headcount: roster.headcount(peak: total.peak, hours: total.hours))
        }
    }

    /// The local calendar day an instant falls on in `timeZone`.
    public static func localDay(of instant: Date, in timeZone: TimeZone) -> LocalDate {
        let local = Int(instant.timeIntervalSince1970) + timeZone.secondsFromGMT(for: instant)
        return LocalDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }
}

extension StaffingProfile {
    /// Whether the queue's work waits in an inbox (fluid, fractional agents).
    var isDeferred: Bool { if case .deferred = model { true } else { false } }
}
