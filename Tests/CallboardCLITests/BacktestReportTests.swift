import ArgumentParser
import Foundation
import Forecasting
import Testing
@testable import CallboardCLI

/// Issue 12, item 6: `forecast backtest --origins N --horizon 28d --intervals FILE`: the
/// options, and the columns of the summary (queue, windows, P90 coverage) and of every
/// held-out interval (UTC and local start, P50, P90, actual, yardstick, exclusion reason).
@Suite struct BacktestReportTests {
    /// 16 weeks on UTC from 2026-03-02, the same intraday pattern every day, 2026-06-10 not reported.
    static func result() throws -> RollingBacktestResult {
        var offered: [Double] = [], missing = IndexSet()
        let first = 20_514  // 2026-03-02
        for index in 0..<(16 * 7 * 48) {
            let gap = first + index / 48 == 20_614  // 2026-06-10
            offered.append(gap ? 0 : Double(10 + index % 48))
            if gap { missing.insert(index) }
        }
        let series = try IntervalSeries(start: Date(timeIntervalSince1970: Double(first * 86_400)), length: .thirtyMinutes,
                                        offered: offered, missing: missing)
        let history = QueueHistory(offered: series, market: .unitedStates, timeZone: TimeZone(identifier: "UTC")!)
        return try RollingBacktest().run(history, origins: 2, horizonDays: 28)
    }

    @Test func theOptionsOfARollingBacktest() throws {
        let command = try ForecastBacktestCommand.parse(["--queue", "q", "--origins", "4", "--horizon", "28d",
                                                         "--intervals", "/tmp/x.csv", "--to", "2026-11-30"])
        #expect(command.origins == 4 && command.horizon == 28 && command.intervals == "/tmp/x.csv")
        #expect(try ForecastBacktestCommand.parse(["--queue", "q", "--origins", "2"]).to == nil)
        #expect(try ForecastBacktestCommand.parse(["--queue", "q", "--origins", "2", "--horizon", "14"]).horizon == 14)
        for bad in [["--origins", "0"], ["--origins", "53"], ["--origins", "2", "--horizon", "0d"],
                    ["--origins", "2", "--horizon", "4w"], ["--origins", "2", "--from", "2026-11-01", "--to", "2026-11-30"],
                    ["--from", "2026-11-01"], ["--to", "2026-11-30"]] {
            #expect(throws: (any Error).self, "\(bad)") { try ForecastBacktestCommand.parse(["--queue", "q"] + bad) }
        }
    }

    @Test func theSummaryCarriesTheQueueTheWindowsAndP90Coverage() throws {
        let report = BacktestReport(queue: "q", result: try Self.result())
        let summary = report.summary
        #expect(summary.columns == ["queue", "window", "origin", "last_day", "forecaster", "interval_wape",
                                    "interval_bias", "day_wape", "day_bias", "p90_coverage", "scored_intervals",
                                    "excluded_intervals", "excluded_days"])
        #expect(summary.rows.map { $0[1].shown } == ["1", "1", "2", "2", "overall", "overall"])
        #expect(summary.rows.map { $0[2].shown } == ["2026-05-18", "2026-05-18", "2026-05-25", "2026-05-25",
                                                    "2026-05-18", "2026-05-18"])
        #expect(summary.rows.map { $0[3].shown }.first == "2026-06-14" && summary.rows[2][3].shown == "2026-06-21")
        #expect(summary.rows.allSatisfy { $0[0] == "q" })
        #expect(summary.rows[0][9].isNumeric && summary.rows[1][9] == .null)  // P90 coverage: the model's row
        #expect(summary.rows[1][4] == "seasonal-naive" && summary.rows[1][5] == .ratio(0))
        #expect(summary.rows[0][11] == .integer(48) && summary.rows[0][12] == .list(["2026-06-10 feed_gap"]))
        let csv = OutputFormat.csv.render(summary)
        #expect(csv.hasPrefix("queue,window,origin,last_day,forecaster,interval_wape,interval_bias,day_wape,day_bias,p90_coverage"))
        #expect(OutputFormat.json.render(summary).contains("\"p90_coverage\""))
    }

    @Test func everyHeldOutIntervalIsARowWithItsExclusion() throws {
        let result = try Self.result()
        let intervals = BacktestReport(queue: "q", result: result).intervals
        #expect(intervals.columns == ["queue", "origin", "utc_start", "local_start", "p50", "p90", "actual",
                                      "yardstick", "excluded"])
        #expect(intervals.rows.count == 2 * 28 * 48)
        let first = intervals.rows[0]
        #expect(first[1] == "2026-05-18" && first[2] == "2026-05-18T00:00:00Z" && first[3] == "2026-05-18T00:00")
        #expect(first[6] == .decimal(10) && first[7] == .decimal(10) && first[8] == .null)
        let gap = intervals.rows.filter { $0[8] == "feed_gap" }
        #expect(gap.count == 2 * 48 && gap.allSatisfy { $0[3].shown.hasPrefix("2026-06-10T") })
        #expect(OutputFormat.csv.render(intervals).split(whereSeparator: \.isNewline).first
                 == "queue,origin,utc_start,local_start,p50,p90,actual,yardstick,excluded")
    }
}
