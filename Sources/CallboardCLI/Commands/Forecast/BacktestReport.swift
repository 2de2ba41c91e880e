import CallboardReports
import CallboardDomain
import Forecasting
import Foundation

/// The tables `forecast backtest` prints and writes: the summary per window and overall
/// (model and seasonal naive), every held-out interval (`--intervals`) and the history the
/// backtest read (`--history`).
///
/// Exists apart from the command so the columns a scheduler or the benchmark script relies
/// on are built from a result alone, and tested without a database.
struct BacktestReport {
    let queue: String
    let result: RollingBacktestResult

    static let summaryColumns = ["queue", "window", "origin", "last_day", "forecaster", "interval_wape",
                                 "interval_bias", "day_wape", "day_bias", "p90_coverage", "scored_intervals",
                                 "excluded_intervals", "excluded_days"]
    static let intervalColumns = ["queue", "origin", "utc_start", "local_start", "p50", "p90", "actual",
                                  "yardstick", "excluded"]
    static let historyColumns = ["queue", "utc_start", "local_start", "offered", "missing", "excluded"]

    /// Per window the model's and seasonal naive's rows, then the pooled rows ("overall").
    var summary: OutputTable {
        var table: [[Cell]] = []
        func rows(window: String, origin: String, lastDay: String, modelName: String, model: BacktestResult.Scores,
                  naive: BacktestResult.Scores, coverage: Double, excluded: Int, days: [ExcludedDay]) -> [[Cell]] {
            let dayList = Cell.list(days.map { "\($0.day) \($0.reason.rawValue)" })
            func row(_ name: String, _ scores: BacktestResult.Scores, _ coverage: Cell) -> [Cell] {
                [.text(queue), .text(window), .text(origin), .text(lastDay), .text(name),
                 ReportCell.percent(scores.intervals.wape), ReportCell.percent(scores.intervals.bias),
                 ReportCell.percent(scores.days.wape), ReportCell.percent(scores.days.bias), coverage,
                 .integer(scores.intervals.count), .integer(excluded), dayList]
            }
            return [row(modelName, model, ReportCell.percent(coverage)), row("seasonal-naive", naive, .null)]
        }
        let modelName = result.windows.first?.forecast.modelVersion ?? "model"
        for (index, (origin, window)) in zip(result.origins, result.windows).enumerated() {
            table += rows(window: String(index + 1), origin: origin.description,
                         lastDay: origin.adding(days: result.horizonDays - 1).description, modelName: modelName,
                         model: window.model, naive: window.seasonalNaive, coverage: window.p90Coverage,
                         excluded: window.intervals.count - window.model.intervals.count, days: window.excludedDays)
        }
        if result.windows.count > 1, let first = result.origins.first, let last = result.origins.last {
            let excluded = result.windows.reduce(0) { $0 + $1.intervals.count - $1.model.intervals.count }
            table += rows(window: "overall", origin: first.description,
                         lastDay: last.adding(days: result.horizonDays - 1).description, modelName: modelName,
                         model: result.model, naive: result.seasonalNaive, coverage: result.p90Coverage,
                         excluded: excluded, days: [])
        }
        return OutputTable(columns: Self.summaryColumns, rows: table, detailColumns: ["queue", "last_day", "day_bias", "excluded_intervals", "excluded_days"])
    }

    /// Every held-out interval of every window, with the exclusion reason when not scored.
    var intervals: OutputTable {
        var rows: [[Cell]] = []
        for (origin, window) in zip(result.origins, result.windows) {
            for interval in window.intervals {
                rows.append([.text(queue), .text(origin.description), .text(EventJSON.format(interval.start)),
                             .text(interval.localStartText), .decimal(Self.round(interval.p50)),
                             .decimal(Self.round(interval.p90)), .decimal(interval.actual),
                             .decimal(Self.round(interval.yardstick)),
                             interval.exclusion.map { .text($0.rawValue) } ?? .null])
            }
        }
        return OutputTable(columns: Self.intervalColumns, rows: rows)
    }

    /// The history as the backtest read it (missing intervals marked 1), with the reason each
    /// interval would not be scored.
    static func history(queue: String, _ history: QueueHistory, backtest: Backtest = Backtest()) -> OutputTable {
        let series = history.offered
        let exclusions = backtest.exclusions(history)
        let step = Double(series.length.seconds)
        let rows: [[Cell]] = zip(series.offered.indices, history.localStarts()).map { index, local in
            let minute = local.minute
            let text = "\(local.day)T\(minute / 60 < 10 ? "0" : "")\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60)"
            return [.text(queue), .text(EventJSON.format(series.start.addingTimeInterval(Double(index) * step))),
                    .text(text), .decimal(series.offered[index]), .integer(series.missing.contains(index) ? 1 : 0),
                    exclusions[index].map { .text($0.rawValue) } ?? .null]
        }
        return OutputTable(columns: historyColumns, rows: rows)
    }

    /// The lines under the table: trained-on ranges, exclusions, and the verdict per window and overall.
    var notes: [String] {
        var lines: [String] = []
        for (index, (origin, window)) in zip(result.origins, result.windows).enumerated() {
            let range = window.forecast.trainingRange
            var line = "window \(index + 1): trained on \(EventJSON.format(range.lowerBound)) to "
                + "\(EventJSON.format(range.upperBound)), tested \(origin) to \(origin.adding(days: result.horizonDays - 1))"
            let counts = window.exclusionCounts.sorted { $0.key.rawValue < $1.key.rawValue }
            if !counts.isEmpty {
                line += "; not scored: " + counts.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + " intervals"
            }
            lines.append(line)
            for day in window.excludedDays {
                var text = "  \(day.day) \(day.reason.rawValue)"
                if let note = day.note { text += " (\(note))" }
                if let expected = day.expected {
                    text += ": reported \(Int(day.actual.rounded())), expected about \(Int(expected.rounded()))"
                }
                lines.append(text)
            }
            if !window.forecast.flaggedDays.isEmpty {
                lines.append("  training days flagged by the model: "
                             + window.forecast.flaggedDays.map { "\($0.day) \($0.reason.rawValue)" }.joined(separator: ", "))
            }
            if let note = window.forecast.retailDefaultNote { lines.append("  \(note)") }
            if result.windows.count > 1 { lines.append("  \(window.verdict)") }
        }
        if result.windows.count > 1 {
            lines.append("The model beats seasonal naive on \(result.windowsBeatingYardstick) of \(result.windows.count) windows.")
        }
        lines.append((result.windows.count > 1 ? "Overall: " : "") + result.verdict.description)
        return lines
    }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
