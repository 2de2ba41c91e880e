import Foundation
import Forecasting

/// Synthetic histories shared by the suites, generated once per test process.
enum Fixtures {
    /// A US queue on New York time, 2024-01-01 to 2026-12-31, 30-minute intervals.
    static let newYork = SyntheticQueue()
    static let newYorkSeries = newYork.generate()

    /// The New York history up to local midnight starting `day` (exclusive).
    static func newYorkHistory(before day: LocalDate) -> QueueHistory {
        newYork.history(truncated(newYorkSeries, before: newYork.instant(day)))
    }

    /// The New York history between two local midnights.
    static func newYorkHistory(from first: LocalDate, before day: LocalDate) -> QueueHistory {
        let start = newYork.instant(first)
        let skipped = Int(start.timeIntervalSince(newYorkSeries.start)) / newYorkSeries.length.seconds
        let tail = try! IntervalSeries(start: start, length: newYorkSeries.length,
                                       offered: Array(newYorkSeries.offered.dropFirst(skipped)))
        return newYork.history(truncated(tail, before: newYork.instant(day)))
    }

    static func truncated(_ series: IntervalSeries, before end: Date) -> IntervalSeries {
        let count = Int(end.timeIntervalSince(series.start)) / series.length.seconds
        return try! IntervalSeries(start: series.start, length: series.length, offered: Array(series.offered.prefix(count)))
    }

    /// Actual offered per local day of the New York series.
    static func actualDailyVolume(_ day: LocalDate) -> Double {
        let start = newYork.instant(day), end = newYork.instant(day.adding(days: 1))
        let first = Int(start.timeIntervalSince(newYorkSeries.start)) / newYorkSeries.length.seconds
        let last = Int(end.timeIntervalSince(newYorkSeries.start)) / newYorkSeries.length.seconds
        return newYorkSeries.offered[first..<last].reduce(0, +)
    }

    static let forecaster = VolumeForecaster()
}
