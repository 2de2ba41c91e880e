import ArgumentParser
import CallboardDomain
import CallboardImport
import Forecasting
import Foundation
import PeakPlanning

/// `callboard forecast backtest --queue Q --from D --to D`.
struct ForecastBacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "WAPE and bias of the model against seasonal naive on held-out days of a queue's history.",
        discussion: """
            Trains on the history before --from (local midnight on the queue's market clock) and tests on \
            --from through --to against what was reported. WAPE = sum |forecast - actual| / sum actual; \
            bias = sum (forecast - actual) / sum actual (above 0: over-forecast); per interval and per local day. \
            --min-history-weeks lowers the training the model insists on (default 8), for short histories.
            """)

    @Option(help: "The queue id.") var queue: String
    @Option(help: "First held-out local day, YYYY-MM-DD.", transform: FieldSyntax.date) var from: LocalDate
    @Option(help: "Last held-out local day, YYYY-MM-DD.", transform: FieldSyntax.date) var to: LocalDate
    @Option(help: "Weeks of history the model needs at least (2 or more).") var minHistoryWeeks: Int = 8
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        if to < from { throw ValidationError("--to (\(to)) must not be before --from (\(from)).") }
    }

    func run() async throws {
        let (queueID, from, to, weeks) = (QueueID(queue), from, to, minHistoryWeeks)
        let (queue, result) = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            try await ForecastRunCommand.catchUp(store)
            var backtest = QueueBacktest(store: store, logger: CommandLogger.make())
            backtest.forecaster.configuration.minimumHistoryWeeks = weeks
            return try await backtest.run(queue: queueID, from: from, through: to)
        }
        func row(_ name: String, _ scores: BacktestResult.Scores) -> [OutputCell] {
            [.text(name), ReportCell.percent(scores.intervals.wape), ReportCell.percent(scores.intervals.bias),
             ReportCell.percent(scores.days.wape), ReportCell.percent(scores.days.bias), .integer(scores.intervals.count)]
        }
        let table = OutputTable(columns: ["forecaster", "interval_wape", "interval_bias", "day_wape", "day_bias", "intervals"],
                                rows: [row(result.forecast.modelVersion, result.model), row("seasonal-naive", result.seasonalNaive)])
        let beats = (result.model.intervals.wape ?? .infinity) < (result.seasonalNaive.intervals.wape ?? .infinity)
        if format == .table {
            print("""
                queue: \(queue.queueID) (\(queue.channel), \(queue.language), market \(queue.market?.rawValue ?? "-"), \(queue.timeZone))
                trained on: \(EventJSON.format(result.forecast.trainingRange.lowerBound)) to \(EventJSON.format(result.forecast.trainingRange.upperBound))
                tested on: \(from) to \(to) (\(queue.timeZone))
                actuals under P90: \(ReportCell.percent(result.p90Coverage).text)%

                """)
        }
        print(format.render(table), terminator: format == .table ? "\n" : "")
        if format == .table {
            print("\nThe model \(beats ? "beats" : "does NOT beat") seasonal naive on interval WAPE.")
        }
    }
}
