import CallboardDomain
import CallboardProjections
import EventStore
import Forecasting
import Foundation
import Logging

/// `forecast backtest`: replays the model on a queue's stored history, training before a
/// local day and testing on the days that follow, against the seasonal-naive yardstick;
/// once (`--from/--to`) or from several weekly origins (`--origins/--horizon`).
public struct QueueBacktest: Sendable {
    public let store: EventLog
    public var forecaster = VolumeForecaster()
    let logger: Logger

    public init(store: EventLog, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// Trains on the history before `from` (local midnight on the queue's market clock) and
    /// tests on `from` through `through` (inclusive; `through` may be the last reported local day).
    public func run(queue queueID: QueueID, from: LocalDate, through: LocalDate) async throws -> (PlanningQueue, BacktestResult) {
        let (queue, history) = try await load(queueID)
        let start = Self.localMidnight(from, in: history.timeZone)
        let end = Self.localMidnight(through.adding(days: 1), in: history.timeZone)
        let result = try await backtest(for: queue).run(history, testStart: start, testEnd: end)
        return (queue, result)
    }

    /// A rolling-origin backtest whose last window ends on `through` (default: the last reported local day).
    public func runRolling(queue queueID: QueueID, through: LocalDate?, origins: Int,
                           horizonDays: Int) async throws -> (PlanningQueue, QueueHistory, RollingBacktestResult) {
        let (queue, history) = try await load(queueID)
        let result = try RollingBacktest(backtest: try await backtest(for: queue))
            .run(history, lastDay: through.map { LocalDate(daysSinceEpoch: $0.daysSinceEpoch) }, origins: origins,
                 horizonDays: horizonDays)
        return (queue, history, result)
    }

    /// The backtest of `queue`, its holiday effects pooled with its account's other queues
    /// (``ComparableQueues``: each window from their history before its origin). The pool
    /// holds the account only, not the channel across accounts as the season run's does: one
    /// queue's backtest does not read every queue's history.
    func backtest(for queue: PlanningQueue) async throws -> Backtest {
        let reader = ReportReader(store: store, logger: logger)
        let account = try await reader.live(PlanningInputsQuery(accounts: [queue.accountID])).output
        let comparables = ComparableQueues(members: account.compactMap(\.poolMember), holidayKeys: queue.holidayPriorKeys,
                                           excluding: queue.queueID.rawValue)
        return Backtest(forecaster: forecaster, comparables: comparables)
    }

    /// The queue and its history as the forecaster takes it.
    public func load(_ queueID: QueueID) async throws -> (PlanningQueue, QueueHistory) {
        let reader = ReportReader(store: store, logger: logger)
        guard let queue = try await reader.live(PlanningInputsQuery(queues: [queueID])).output.first else {
            throw PlanningError.unknownQueue(queueID.rawValue)
        }
        return (queue, try queue.queueHistory())
    }

    /// The instant a local day starts in `zone` (the first instant of the day when midnight is skipped).
    static func localMidnight(_ day: LocalDate, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.startOfDay(for: calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!)
    }
}
