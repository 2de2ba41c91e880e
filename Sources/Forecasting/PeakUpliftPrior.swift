import Foundation

/// The typical peak uplift of comparable queues (the same account, the same channel) per
/// position around each event, pooled from their histories.
///
/// Exists because one or two past seasons are thin evidence for a queue's own uplift: a
/// year with a promotion or a slow start moves it by tens of percent. Shrinking a thin
/// estimate toward 1 under-forecasts every peak; shrinking it toward what comparable queues
/// show is the better guess (partial pooling). Built once per run from every queue the
/// caller has, each with the group keys it belongs to (e.g. "account:tabula",
/// "channel:voice"); ``estimate(for:)`` gives one queue's prior, which
/// ``VolumeForecaster/forecast(_:calendar:holidays:prior:from:until:)`` shrinks the
/// queue's own seasons toward. Each queue contributes its own mean log ratio per position
/// (``PeakUplifts/logRatios(_:weekdays:configuration:)``, learned exactly as the
/// forecaster does); a group's estimate is the mean over its queues, its variance the
/// spread between them (at least ``minimumSpread`` squared) plus the mean's own
/// uncertainty. The most specific group with enough queues wins (groups overlap, so they
/// are not combined as if independent).
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

    /// One queue's prior: the pooled uplift per peak position.
    public struct Estimate: Sendable, Hashable {
        let table: [PeakDay: Pooled]

        /// Positions the estimate covers.
        public var positions: Set<PeakDay> { Set(table.keys) }

        /// The pooled uplift factor for a position, if any.
        public func factor(for position: PeakDay) -> Double? { table[position].map { exp($0.meanLog) } }
    }

    /// Per group key, per position: the queues' ids and mean log ratios.
    let groups: [String: [PeakDay: [(id: String, mean: Double)]]]

    /// Least spread between queues assumed (sd of the log): two queues agreeing closely do
    /// not make the pooled estimate certain.
    static let minimumSpread = 0.1

    public init(members: [Member], calendar: SpecialDayCalendar = .standard, holidays: PublicHolidayCalendar = .standard,
                configuration: VolumeForecaster.Configuration = VolumeForecaster.Configuration()) {
        var groups: [String: [PeakDay: [(id: String, mean: Double)]]] = [:]
        for member in members {
            guard let own = Self.ownRatios(member.history, calendar: calendar, holidays: holidays,
                                           configuration: configuration) else { continue }
            for key in Set(member.keys) {
                for (position, mean) in own { groups[key, default: [:]][position, default: []].append((member.id, mean)) }
            }
        }
        self.groups = groups
    }

    /// The prior for a queue in groups `keys`, most specific first (e.g. its account, then
    /// its channel): per position, the first group with at least ``minimumQueues`` other
    /// queues that saw it, else the first with any; positions no group has seen are left
    /// out. The member with id `excluded` (the queue itself) is left out, so its own seasons
    /// are not counted twice (once as its own evidence, once in the pool).
    public func estimate(for keys: [String], excluding excluded: String? = nil) -> Estimate {
        var table: [PeakDay: Pooled] = [:]
        var fromSmallGroup: Set<PeakDay> = []
        for key in keys {
            for (position, entries) in groups[key] ?? [:] {
                let means = entries.filter { excluded == nil || $0.id != excluded }.map(\.mean)
                guard !means.isEmpty else { continue }
                let isSmall = means.count < Self.minimumQueues
                guard table[position] == nil || (fromSmallGroup.contains(position) && !isSmall) else { continue }
                let n = Double(means.count)
                let mean = means.reduce(0, +) / n
                let spread = n > 1 ? means.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
                table[position] = Pooled(meanLog: mean,
                                         variance: max(spread, Self.minimumSpread * Self.minimumSpread) * (1 + 1 / n))
                if isSmall { fromSmallGroup.insert(position) } else { fromSmallGroup.remove(position) }
            }
        }
        return Estimate(table: table)
    }

    /// Queues a group needs for a position before a less specific group is passed over.
    public static let minimumQueues = 2

    /// A queue's mean log ratio per peak position over its whole history; nil when it is too
    /// short to learn from.
    static func ownRatios(_ history: QueueHistory, calendar: SpecialDayCalendar, holidays: PublicHolidayCalendar,
                          configuration: VolumeForecaster.Configuration) -> [PeakDay: Double]? {
        let series = history.offered
        guard series.weeks >= Double(configuration.minimumHistoryWeeks) else { return nil }
        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds,
                                to: Int(series.end.timeIntervalSince1970) + 86_400)
        let local = LocalHistory(series: series, clock: clock)
        let labels = DayLabels(from: local.firstDay, through: local.lastDay, market: history.market, known: history.known,
                               peakCalendar: calendar, holidayCalendar: holidays)
        let days = TrainingDays(history: local, labels: labels, origin: local.originDay)
        let weekdays = WeekdayFactors(learningFrom: days, weeks: configuration.weekdayWindowWeeks)
        let ratios = PeakUplifts.logRatios(days, weekdays: weekdays, configuration: configuration).peaks
        return ratios.mapValues { $0.reduce(0, +) / Double($0.count) }
    }
}
