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

    func make(_ queue: PlanningQueue, among all: [PlanningQueue] = [], revision: Int, fingerprint: String,
              leadTime: TrainingLeadTime, supply: [CertifiedAvailability]) throws -> SeasonForecastPublished {
        guard queue.sla != nil else { throw SkipReason.noServiceLevel }
        // UTC midnight two days after the last day: past local midnight in every timezone.
        let end = Date(timeIntervalSince1970: Double((season.lastDay.daysSinceEpoch + 2) * 86_400))
        let made = try QueueSeasonForecast.make(queue, among: all, until: end, forecaster: forecaster, fallback: fallback,
                                                minimumWeeks: minimumHistoryWeeks)
        let borrowedHandleTime = queue.averageHandleSeconds == nil
        guard let handleSeconds = queue.averageHandleSeconds ?? FallbackSiblings.handleSeconds(for: queue, among: all) else {
            throw SkipReason.noHandleTime
        }
        let profile = try queue.staffingProfile(averageHandleSeconds: handleSeconds)
        let forecast = made.forecast
        let need = try SeasonRequirement(intervals: forecast.intervals, intervalSeconds: forecast.length.seconds,
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
            // From ForecastDay.ownWeight once the pooled peak model (issue 12, item 7) lands:
            // see branch issue12-inputs-on-model, SeasonPublication.ownPeakShare(of:).
            ownPeakShare: nil)
    }
}
