import Foundation

/// The queues a backtested queue's public-holiday effects are pooled with (``PeakUpliftPrior``),
/// each window's pool learned only from their history before that window's origin.
///
/// Exists so a backtest replays what the model would have known: pooling from the comparable
/// queues' whole histories would teach a held-out holiday from its own future occurrence in
/// a sibling queue. Peaks are not pooled in backtests (their figures, "callboard-volume-7"
/// on, are measured without the season run's peak pooling); only holidays are, by
/// `holidayKeys` (e.g. the account's queues in the same market, then the account, then the
/// channel).
public struct ComparableQueues: Sendable {
    public let members: [PeakUpliftPrior.Member]
    public let holidayKeys: [String]
    /// The backtested queue's own id: its history is its own evidence, not the pool's.
    public let excluded: String?

    public init(members: [PeakUpliftPrior.Member], holidayKeys: [String], excluding excluded: String?) {
        self.members = members
        self.holidayKeys = holidayKeys
        self.excluded = excluded
    }

    /// The pooled holiday effects from every member's intervals that start before `origin`.
    func estimate(before origin: Date, calendar: SpecialDayCalendar, holidays: PublicHolidayCalendar,
                  configuration: VolumeForecaster.Configuration) -> PeakUpliftPrior.Estimate {
        let cut = Int(origin.timeIntervalSince1970.rounded(.down))
        let truncated = members.compactMap { member -> PeakUpliftPrior.Member? in
            let series = member.history.offered
            guard member.id != excluded, series.startSeconds < cut else { return nil }
            let end = cut - (cut - series.startSeconds) % series.length.seconds
            return PeakUpliftPrior.Member(id: member.id, keys: member.keys,
                                          history: member.history.replacingOffered(series.prefix(endingAt: end)))
        }
        return PeakUpliftPrior(members: truncated, calendar: calendar, holidays: holidays, configuration: configuration)
            .estimate(for: [], holidayKeys: holidayKeys, excluding: excluded)
    }
}
