import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

/// Builds one queue's `SeasonForecastPublished` event: the forecast from the end of its
/// history through the season, the requirement per interval and day, and the supply.
///
/// Pure (no I/O), so the benchmark times exactly what the job computes. A run during the
/// season forecasts from the end of the history: days already past carry no forecast (their
/// actuals are in the report instead). A queue with less than `minimumHistoryWeeks` of its
/// own history is forecast by the fallback rule from its siblings in `all` (see
/// ``QueueSeasonForecast``) and published as low-confidence, as is one whose handle time
/// had to be borrowed.
struct SeasonPublication {
    let season: PeakSeason
    let forecaster: VolumeForecaster
    let roster: RosterRule
    var fallback = FallbackForecaster()
    var minimumHistoryWeeks = 8
    /// The pooled peak uplifts and holiday effects of comparable queues, if the job built them.
    var prior: PeakUpliftPrior? = nil

    func make(_ queue: PlanningQueue, among all: [PlanningQueue] = [], revision: Int, fingerprint: String,
              leadTime: TrainingLeadTime, supply: [CertifiedAvailability]) throws -> SeasonForecastPublished {
        guard queue.sla != nil else { throw SkipReason.noServiceLevel }
        // UTC midnight two days after the last day: past local midnight in every timezone.
        let end = Date(timeIntervalSince1970: Double((season.lastDay.daysSinceEpoch + 2) * 86_400))
        let made = try QueueSeasonForecast.make(queue, among: all, until: end, forecaster: forecaster, fallback: fallback,
                                                minimumWeeks: minimumHistoryWeeks,
                                                prior: prior?.estimate(for: queue.priorKeys, holidayKeys: queue.holidayPriorKeys,
                                                                       excluding: queue.queueID.rawValue))
        let borrowedHandleTime = queue.averageHandleSeconds == nil
        guard let handleSeconds = queue.averageHandleSeconds ?? FallbackSiblings.handleSeconds(for: queue, among: all) else {
            throw SkipReason.noHandleTime
        }
        let profile = try queue.staffingProfile(averageHandleSeconds: handleSeconds)
        let forecast = made.forecast
        let need = try SeasonRequirement(intervals: forecast.intervals, days: forecast.days, intervalSeconds: forecast.length.seconds,
                                         timeZone: made.timeZone, season: season, profile: profile, roster: roster)
        let p90 = Dictionary(uniqueKeysWithValues: forecast.intervals.map { ($0.start, $0.p90) })
        var method = made.method
        if borrowedHandleTime {
            method += (made.confidence == .low ? "; " : "; fallback: ")
                + "handle time: median of the account's \(queue.channel.rawValue) queues"
        }
        return SeasonForecastPublished(
            season: season.id, queueID: queue.queueID, accountID: queue.accountID, revision: revision,
            modelVersion: forecast.modelVersion, inputsFingerprint: fingerprint, timeZone: queue.timeZone,
            historyFrom: made.historyFrom, historyUntil: made.historyUntil, intervalMinutes: forecast.length.minutes,
            target: profile.targetText, averageHandleSeconds: profile.averageHandleSeconds, shrinkage: profile.shrinkage,
            leadTime: PublishedLeadTime(classroomDays: leadTime.classroomDays, nestingDays: leadTime.nestingDays,
                                        programID: leadTime.programID.map { ProgramID($0) }),
            days: need.days.map { day in
                PublishedForecastDay(day: LocalDate(daysSinceEpoch: day.day.daysSinceEpoch), contactsP50: day.contactsP50,
                                     contactsP90: day.contactsP90, peakScheduled: day.peakScheduled,
                                     scheduledHours: day.scheduledHours, requiredHeadcount: day.headcount)
            },
            intervals: need.intervals.map { interval in
                PublishedForecastInterval(start: interval.start, p50: interval.contacts, p90: p90[interval.start] ?? interval.contacts,
                                          scheduledAgents: interval.scheduled)
            },
            supply: supply.map { row in
                PublishedSupply(day: LocalDate(daysSinceEpoch: row.day.daysSinceEpoch), siteID: SiteID(row.siteID),
                                available: row.available, scheduled: row.scheduled, crossTrainable: row.crossTrainable)
            },
            confidence: borrowedHandleTime ? .low : made.confidence, method: method,
            flaggedDays: forecast.flaggedDays.map { flagged in
                PublishedFlaggedDay(day: LocalDate(daysSinceEpoch: flagged.day.daysSinceEpoch), reason: flagged.reason.rawValue,
                                    expected: flagged.expected, actual: flagged.actual)
            },
            ownPeakShare: Self.ownPeakShare(of: forecast.days))
    }

    /// The share of the season's peak uplift from the queue's own history: each peak day's
    /// ``ForecastDay/ownWeight``, weighted by the size of its uplift (|log uplift|); nil when
    /// no day of the horizon has one. Days on the retail default (the method says so) are
    /// neither own nor pooled and are left out.
    static func ownPeakShare(of days: [ForecastDay]) -> Double? {
        let peaks = days.filter { $0.peakDay != nil && !$0.usesRetailDefault && $0.uplift > 0 && abs(log($0.uplift)) > 1e-9 }
        let weights = peaks.map { abs(log($0.uplift)) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        return zip(peaks, weights).map { $0.ownWeight * $1 }.reduce(0, +) / total
    }
}
