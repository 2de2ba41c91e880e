import Foundation

/// Replays a forecast as if made in the past: train on the history before a split, forecast
/// the test window after it, and score the model and seasonal naive against what happened.
///
/// Exists so a model change (or a new queue) can be judged on the queue's own history
/// before anyone staffs to it, including around peaks, where errors cost the most.
public struct Backtest: Sendable {
    public var forecaster: VolumeForecaster
    public var calendar: SpecialDayCalendar

    public init(forecaster: VolumeForecaster = VolumeForecaster(), calendar: SpecialDayCalendar = .standard) {
        self.forecaster = forecaster
        self.calendar = calendar
    }

    /// Trains on `history` before `testStart`, tests on `testStart ..< testEnd`.
    public func run(_ history: QueueHistory, testStart: Date, testEnd: Date) throws(ForecastInputError) -> BacktestResult {
        let series = history.offered
        let step = series.length.seconds
        let startSeconds = Int(testStart.timeIntervalSince1970.rounded(.down))
        let endSeconds = Int(testEnd.timeIntervalSince1970.rounded(.down))
        let earliest = series.startSeconds + forecaster.configuration.minimumHistoryWeeks * 7 * 86_400
        guard startSeconds >= earliest, endSeconds <= Int(series.end.timeIntervalSince1970),
              endSeconds > startSeconds else {
            throw .testWindowOutsideHistory(start: testStart, end: testEnd, historyStart: series.start,
                                            historyEnd: series.end)
        }
        let training = series.prefix(endingAt: startSeconds)
        let forecast = try forecaster.forecast(history.replacingOffered(training), calendar: calendar,
                                               from: testStart, until: testEnd)
        let count = forecast.intervals.count
        let firstIndex = (startSeconds - series.startSeconds) / step
        let actuals = Array(series.offered[firstIndex..<(firstIndex + count)])
        let modelValues = forecast.intervals.map(\.p50)

        let clock = MarketClock(timeZone: history.timeZone, from: series.startSeconds, to: endSeconds)
        let naiveValues = SeasonalNaive(training: training, clock: clock).forecast(start: startSeconds, count: count)
        let localDays = clock.positions(start: startSeconds, count: count, step: step).days

        let underP90 = zip(forecast.intervals, actuals).filter { $1 <= $0.p90 }.count
        return BacktestResult(
            model: Self.scores(modelValues, actuals, localDays),
            seasonalNaive: Self.scores(naiveValues, actuals, localDays),
            p90Coverage: count > 0 ? Double(underP90) / Double(count) : 0,
            forecast: forecast)
    }

    private static func scores(_ forecasts: [Double], _ actuals: [Double], _ days: [Int]) -> BacktestResult.Scores {
        var dailyForecasts: [Double] = [], dailyActuals: [Double] = []
        for i in forecasts.indices {
            if i == 0 || days[i] != days[i - 1] {
                dailyForecasts.append(0)
                dailyActuals.append(0)
            }
            dailyForecasts[dailyForecasts.count - 1] += forecasts[i]
            dailyActuals[dailyActuals.count - 1] += actuals[i]
        }
        return BacktestResult.Scores(intervals: ForecastAccuracy(forecasts: forecasts, actuals: actuals),
                                     days: ForecastAccuracy(forecasts: dailyForecasts, actuals: dailyActuals))
    }
}
