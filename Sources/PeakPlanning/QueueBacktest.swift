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
        let result = try Backtest(forecaster: forecaster).run(history, testStart: start, testEnd: end)
        return (queue, result)
    }

    /// A rolling-origin backtest whose last window ends on `through` (default: the last reported local day).
    public func runRolling(queue queueID: QueueID, through: LocalDate?, origins: Int,
                           horizonDays: Int) async throws -> (PlanningQueue, QueueHistory, RollingBacktestResult) {
        let (queue, history) = try await load(queueID)
        let result = try RollingBacktest(backtest: Backtest(forecaster: forecaster))
            .run(history, lastDay: through.map { LocalDate(daysSinceEpoch: $0.daysSinceEpoch) }, origins: origins,
                 horizonDays: horizonDays)
        return (queue, history, result)
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
