import Foundation
import Testing
import Forecasting

@Suite("Missing is not zero")
struct MissingDataTests {
    static let queue = MessyQueue(firstDay: "2024-09-02", lastDay: "2025-10-31")
    static let series = queue.generate()
    static let origin: LocalDate = "2025-09-01"

    /// Six whole open days and eight half days taken out of the feed in the last eight weeks.
    static func withGaps() -> IntervalSeries {
        let whole: [LocalDate] = ["2025-07-08", "2025-07-09", "2025-07-22", "2025-08-05", "2025-08-14", "2025-08-26"]
        let half: [LocalDate] = ["2025-07-14", "2025-07-17", "2025-07-30", "2025-08-01", "2025-08-07", "2025-08-12",
                                   "2025-08-20", "2025-08-28"]
        var positions = whole.flatMap { Array(queue.positions(of: $0, in: series)) }
        for day in half {
            let range = queue.positions(of: day, in: series)
            positions += Array(range.prefix(range.count / 2 + 4))
        }
        return queue.removing(positions, from: series)
    }

    @Test("A series with feed gaps forecasts what the complete series does, not less")
    func gapsDoNotDragTheForecast() throws {
        let complete = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(Self.series, before: Self.origin)), weeks: 4)
        let gappy = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(Self.withGaps(), before: Self.origin)), weeks: 4)
        let completeTotal = complete.intervals.reduce(0) { $0 + $1.p50 }
        let gappyTotal = gappy.intervals.reduce(0) { $0 + $1.p50 }
        #expect(abs(gappyTotal / completeTotal - 1) < 0.02, "gappy \(gappyTotal) vs complete \(completeTotal)")
        // The intraday shape is not bent by the half days (their mornings are missing).
        for (a, b) in zip(complete.intervals, gappy.intervals) where a.p50 > 20 {
            #expect(abs(b.p50 / a.p50 - 1) < 0.1, "\(a.start): \(b.p50) vs \(a.p50)")
        }
    }

    @Test("A whole open day with no reports is listed as a feed gap with what was expected")
    func feedGapsAreFlagged() throws {
        let gappy = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(Self.withGaps(), before: Self.origin)), weeks: 1)
        let gaps = gappy.flaggedDays.filter { $0.reason == .feedGap }.map(\.day)
        #expect(gaps == ["2025-07-08", "2025-07-09", "2025-07-22", "2025-08-05", "2025-08-14", "2025-08-26"])
        for gap in gappy.flaggedDays where gap.reason == .feedGap {
            #expect(gap.actual == 0)
            #expect(gap.expected > 1000)
        }
        // Closed weekends are real zeros, not gaps; half days are not whole-day gaps.
        #expect(!gappy.flaggedDays.contains { $0.day.weekdayIndex >= 5 })
    }

    @Test("A reported zero on an open day is real: it is screened, not treated as missing")
    func reportedZeroIsNotMissing() throws {
        var offered = Self.series.offered
        for position in Self.queue.positions(of: "2025-08-19", in: Self.series) { offered[position] = 0 }
        let zeroed = try IntervalSeries(start: Self.series.start, length: Self.series.length, offered: offered)
        let forecast = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(zeroed, before: Self.origin)), weeks: 1)
        #expect(forecast.flaggedDays.map(\.reason) == [.outage])
    }
}

extension MissingDataTests {
    /// A feed that leaves out every interval without contacts, from a queue whose hours say
    /// 24/7 although it takes no calls at weekends: every night and weekend interval is
    /// unreported, hence listed missing.
    static func zeroRowsOmitted(_ series: IntervalSeries) -> IntervalSeries {
        var missing = IndexSet()
        for (index, value) in series.offered.enumerated() where value == 0 { missing.insert(index) }
        return try! IntervalSeries(start: series.start, length: series.length, offered: series.offered, missing: missing)
    }

    @Test("Zero rows a feed leaves out are zeros: quiet slots and closed weekends are not feed gaps")
    func omittedZeroRowsAreZeros() throws {
        var queue = Self.queue
        queue.openMinutes = 6 * 60..<22 * 60
        let series = queue.generate()
        let complete = try Fixtures.forecaster.forecast(queue.history(queue.truncated(series, before: Self.origin)), weeks: 2)
        let omitted = try Fixtures.forecaster.forecast(
            queue.history(queue.truncated(Self.zeroRowsOmitted(series), before: Self.origin)), weeks: 2)
        #expect(omitted.flaggedDays.isEmpty, "\(omitted.flaggedDays.prefix(5))")
        let completeTotal = complete.intervals.reduce(0) { $0 + $1.p50 }, omittedTotal = omitted.intervals.reduce(0) { $0 + $1.p50 }
        #expect(abs(omittedTotal / completeTotal - 1) < 0.01, "\(omittedTotal) vs \(completeTotal)")
        for day in omitted.days where day.day.weekdayIndex >= 5 { #expect(day.p50 < 1, "\(day)") }
        // The quiet early and late slots are not inflated to the non-zero ones only.
        let early = omitted.intervals.filter { $0.p50 > 0 }.map(\.p50).min() ?? 0
        let earlyComplete = complete.intervals.filter { $0.p50 > 0 }.map(\.p50).min() ?? 0
        #expect(early < 1.3 * earlyComplete + 0.5, "\(early) vs \(earlyComplete)")
    }
}
