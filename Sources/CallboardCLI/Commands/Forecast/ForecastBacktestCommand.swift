import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardOperations
import Forecasting
import Foundation
import PeakPlanning

/// `callboard forecast backtest --queue Q (--from D | --origins N [--horizon 28d]) --to D`.
struct ForecastBacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "WAPE, bias and P90 coverage of the model against seasonal naive on held-out days of a queue's history.",
        discussion: """
            Trains on the history before --from (local midnight on the queue's market clock) and tests on \
            --from through --to against what was reported; --to may be the last reported local day. With \
            --origins N (instead of --from) it runs a rolling-origin backtest: N windows of --horizon days \
            (default 28d), origins a week apart, the last window ending on --to (default: the last reported \
            local day), each trained only on the \
            history before its origin. WAPE = sum |forecast - actual| / sum actual; bias = sum (forecast - \
            actual) / sum actual (above 0: over-forecast); per interval and per local day; P90 coverage = share \
            of intervals whose actual was at most P90. Unreported intervals, closed days, public holidays the \
            queue did not open on, feed gaps (open days without reports) and outages are not scored, and \
            seasonal naive does not repeat them. --intervals FILE writes every held-out interval as CSV \
            (with the exclusion reason); --history FILE writes the history read (for Benchmarks/forecast). \
            --min-history-weeks lowers the training the model insists on (default 8), for short histories.
            """)

    @Option(help: "The queue id.") var queue: String
    @Option(help: "First held-out local day, YYYY-MM-DD (one window; not with --origins).",
            transform: FieldSyntax.date) var from: LocalDate?
    @Option(help: "Last held-out local day, YYYY-MM-DD (at most the last reported day; with --origins it defaults to it).",
            transform: FieldSyntax.date) var to: LocalDate?
    @Option(help: "Forecast origins a week apart, for a rolling-origin backtest (1 to \(RollingBacktest.maximumOrigins)).")
    var origins: Int?
    @Option(help: "Days each rolling window tests, as 28d or 28 (1 to \(RollingBacktest.maximumHorizonDays)).",
            transform: ForecastBacktestCommand.days)
    var horizon: Int?
    @Option(help: "Write every held-out interval to this CSV file.") var intervals: String?
    @Option(help: "Write the queue's history as the backtest read it to this CSV file.") var history: String?
    @Option(help: "Weeks of history the model needs at least (2 or more).") var minHistoryWeeks: Int = 8
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Flag(help: "Forecast an event the queue has no past season of at 1, not at the documented retail default uplift.")
    var noRetailDefaults = false

    static func days(_ text: String) throws -> Int {
        let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let days = Int(digits), (1...RollingBacktest.maximumHorizonDays).contains(days) else {
            throw ValidationError("--horizon must be a number of days from 1 to \(RollingBacktest.maximumHorizonDays), like 28d; got \(text)")
        }
        return days
    }

    func validate() throws {
        switch (from, origins) {
        case (nil, nil): throw ValidationError("Give --from (one window) or --origins N (rolling windows).")
        case (.some, .some): throw ValidationError("--from and --origins do not go together: --origins windows end on --to.")
        case let (from?, nil):
            guard let to else { throw ValidationError("--from needs --to (the last held-out day).") }
            if to < from { throw ValidationError("--to (\(to)) must not be before --from (\(from)).") }
            if horizon != nil { throw ValidationError("--horizon goes with --origins; one window runs --from to --to.") }
        case let (nil, origins?):
            guard (1...RollingBacktest.maximumOrigins).contains(origins) else {
                throw ValidationError("--origins must be from 1 to \(RollingBacktest.maximumOrigins); got \(origins).")
            }
        }
    }

    func run() async throws {
        let (queueID, from, to, weeks, origins, horizon) = (QueueID(queue), from, to, minHistoryWeeks, origins, horizon ?? 28)
        let retailDefaults = !noRetailDefaults
        let (queue, history, result) = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            _ = try await Listings(store: store).queue(queueID)
            try await ForecastRunCommand.catchUp(store)
            var backtest = QueueBacktest(store: store, logger: CommandLogger.make())
            backtest.forecaster.configuration.minimumHistoryWeeks = weeks
            backtest.forecaster.configuration.usesRetailDefaults = retailDefaults
            if let origins {
                return try await backtest.runRolling(queue: queueID, through: to, origins: origins, horizonDays: horizon)
            }
            let (queue, history) = try await backtest.load(queueID)
            let (from, to) = (from!, to!)
            let (_, window) = try await backtest.run(queue: queueID, from: from, through: to)
            let first = LocalDate(daysSinceEpoch: from.daysSinceEpoch)
            return (queue, history, RollingBacktestResult(origins: [first], horizonDays: to.daysSinceEpoch - from.daysSinceEpoch + 1,
                                                          windows: [window]))
        }
        let report = BacktestReport(queue: queue.queueID.rawValue, result: result)
        if let intervals { try write(report.intervals, to: intervals) }
        if let path = self.history { try write(BacktestReport.history(queue: queue.queueID.rawValue, history), to: path) }
        if format == .table {
            print("""
                queue: \(queue.queueID) (\(queue.channel), \(queue.language), market \(queue.market?.rawValue ?? "-"), \(queue.timeZone))
                windows: \(result.windows.count) of \(result.horizonDays) days (\(queue.timeZone)), actuals under P90: \(ReportCell.percent(result.p90Coverage).shown)

                """)
        }
        print(format.document(format == .table ? report.summary.summary : report.summary), terminator: "")
        if format == .table {
            print("")
            report.notes.forEach { print($0) }
        }
    }

    private func write(_ table: OutputTable, to path: String) throws {
        do {
            try OutputFormat.csv.render(table).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
