import Foundation

/// The typical peak uplift of comparable queues (the same account, the same channel) per
/// position around each event, and the typical effect of each public holiday (and the days
/// next to it) on which they stayed open, pooled from their histories.
///
/// Exists because one or two past seasons are thin evidence for a queue's own uplift: a
/// year with a promotion or a slow start moves it by tens of percent. Shrinking a thin
/// estimate toward 1 under-forecasts every peak; shrinking it toward what comparable queues
/// show is the better guess (partial pooling). The same holds for a public holiday the queue
/// stays open on: its own history holds one occurrence a year, and one occurrence has the
/// variance of one day (a 10% daily scatter is a 10% error in the learned effect), while the
/// account's queues in the same market have seen it many times ("callboard-volume-8").
/// Built once per run from every queue the caller has, each with the group keys it belongs to
/// (e.g. "account:tabula|market:FR", "account:tabula", "channel:voice"); ``estimate(for:holidayKeys:excluding:)``
/// gives one queue's prior, which
/// ``VolumeForecaster/forecast(_:calendar:holidays:prior:from:until:)`` shrinks the
/// queue's own seasons and holidays toward. Each queue contributes its own mean log ratio per position
/// (``PeakUplifts/logRatios(_:weekdays:configuration:)``, learned exactly as the
/// forecaster does; for holidays only the occurrences it was open on: a closure is a
/// decision, not a low day); pooling rule: ``PooledEffects``.
public struct PeakUpliftPrior: Sendable {
    /// One queue's history and the groups it belongs to.
    public struct Member: Sendable {
        /// The queue's id, so its own seasons can be left out of its own prior.
        public let id: String
        public let keys: [String]
        public let history: QueueHistory

        public init(id: String = "", keys: [String], history: QueueHistory) {
            self.id = id
            self.keys = keys
            self.history = history
        }
    }

    /// A pooled log uplift and its variance.
    struct Pooled: Sendable, Hashable {
        let meanLog: Double
        let variance: Double
    }

    /// One queue's prior: the pooled uplift per peak position and per public-holiday position.
    public struct Estimate: Sendable, Hashable {
        let table: [PeakDay: Pooled]
        /// Pooled effects of public-holiday positions, from queues open on them.
        var holidays: [HolidayPosition: Pooled] = [:]

        /// Holidays (by name, offset 0) the estimate covers.
        public var holidayNames: Set<String> { Set(holidays.keys.filter { $0.offset == 0 }.map(\.name)) }

        /// The pooled effect of a public holiday (offset 0) or a day next to it (-1, +1), if any.
        public func holidayFactor(_ name: String, offset: Int = 0) -> Double? {
            holidays[HolidayPosition(name: name, offset: offset)].map { exp($0.meanLog) }
        }

        /// Positions the estimate covers.
        public var positions: Set<PeakDay> { Set(table.keys) }

        /// The pooled uplift factor for a position, if any.
        public func factor(for position: PeakDay) -> Double? { table[position].map { exp($0.meanLog) } }
    }

    /// Peak positions' own mean log ratios per group.
    let peaks: PooledEffects<PeakDay>
    /// Public-holiday positions' own mean log ratios per group (open days only).
    let holidays: PooledEffects<HolidayPosition>

    /// Least spread between queues assumed (sd of the log): two queues agreeing closely do
    /// not make the pooled estimate certain.
    static let minimumSpread = 0.1

    public init(members: [Member], calendar: SpecialDayCalendar = .standard, holidays: PublicHolidayCalendar = .standard,
                configuration: VolumeForecaster.Configuration = VolumeForecaster.Configuration()) {
        var peaks = PooledEffects<PeakDay>(), holidayEffects = PooledEffects<HolidayPosition>()
        for member in members {
            guard let own = Self.ownRatios(member.history, calendar: calendar, holidays: holidays,
                                           configuration: configuration) else { continue }
            peaks.add(own.peaks, id: member.id, keys: member.keys)
            holidayEffects.add(own.holidays, id: member.id, keys: member.keys)
        }
        self.peaks = peaks
        self.holidays = holidayEffects
    }

    /// The prior for a queue in groups `keys`, most specific first (e.g. its account, then
    /// its channel): per position, the first group with at least ``minimumQueues`` other
    /// queues that saw it, else the first with any; positions no group has seen are left
    /// out. Holiday positions are looked up in `holidayKeys` (default: `keys`), e.g. the
    /// account's queues in the same market first, since a holiday's name and habits belong to
    /// a market. The member with id `excluded` (the queue itself) is left out, so its own
    /// seasons are not counted twice (once as its own evidence, once in the pool).
    public func estimate(for keys: [String], holidayKeys: [String]? = nil, excluding excluded: String? = nil) -> Estimate {
        Estimate(table: peaks.estimate(for: keys, excluding: excluded, minimumQueues: Self.minimumQueues,
                                       minimumSpread: Self.minimumSpread),
                 holidays: holidays.estimate(for: holidayKeys ?? keys, excluding: excluded,
                                             minimumQueues: Self.minimumQueues, minimumSpread: Self.minimumSpread))
    }

    /// Queues a group needs for a position before a less specific group is passed over.
    public static let minimumQueues = 2

    /// A queue's mean log ratio per peak position, and per public-holiday position over the
    /// occurrences it was open on, over its whole history; nil when it is too short to learn from.
    static func ownRatios(_ history: QueueHistory, calendar: SpecialDayCalendar, holidays: PublicHolidayCalendar,
                          configuration: VolumeForecaster.Configuration)
        -> (peaks: [PeakDay: Double], holidays: [HolidayPosition: Double])? {
        let series = history.offered
        guard series.weeks >= Double(configuration.minimumHistoryWeeks) else { return nil }
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds,
                                to: Int(series.end.timeIntervalSince1970) + 86_400)
        let local = LocalHistory(series: series, clock: clock)
        let labels = DayLabels(from: local.firstDay, through: local.lastDay, market: history.market, known: history.known,
                               peakCalendar: calendar, holidayCalendar: holidays)
        let days = TrainingDays(history: local, labels: labels, origin: local.originDay)
        let weekdays = WeekdayFactors(learningFrom: days, weeks: configuration.weekdayWindowWeeks)
        let ratios = PeakUplifts.logRatios(days, weekdays: weekdays, configuration: configuration)
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        return (ratios.peaks.mapValues(mean), ratios.openHolidays.mapValues(mean))
    }
}
