import Foundation
import Testing
import Forecasting

/// Issue 12, items 1 and 6 (scoring side): missing is not zero, closed days and outages are
/// not scored, and the seasonal-naive yardstick steps back over them.
@Suite("Backtest exclusions and the yardstick stepping back")
struct ScoringExclusionTests {
    /// A history on UTC (no DST) whose every day repeats the same intraday pattern, so
    /// seasonal naive is exact on every normal day.
    static func flatHistory(from first: LocalDate = "2026-03-02", weeks: Int = 12, market: Market = .unitedStates,
                            change: (LocalDate, Int, inout Double) -> Bool = { _, _, _ in false },
                            known: KnownDays = KnownDays()) throws -> QueueHistory {
        var offered: [Double] = [], missing = IndexSet()
        for index in 0..<(weeks * 7 * 48) {
            var value = Double(10 + index % 48)
            if change(first.adding(days: index / 48), index % 48, &value) { missing.insert(index) }
            offered.append(value)
        }
        let series = try IntervalSeries(start: start(first), length: .thirtyMinutes, offered: offered, missing: missing)
        return QueueHistory(offered: series, market: market, timeZone: TimeZone(identifier: "UTC")!, known: known)
    }

    static func start(_ day: LocalDate) -> Date { Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400)) }

    /// The last two weeks of a 12-week flat history (from 2026-03-02): 2026-05-11 to 2026-05-25.
    static let testStart: LocalDate = "2026-05-11", testEnd: LocalDate = "2026-05-25"

    func run(_ history: QueueHistory) throws -> BacktestResult {
        try Backtest().run(history, testStart: Self.start(Self.testStart), testEnd: Self.start(Self.testEnd))
    }

    @Test func aHeldOutDayWithoutReportsIsAFeedGapNotScored() throws {
        let gap: LocalDate = "2026-05-13"
        let result = try run(Self.flatHistory(change: { day, _, value in
            guard day == gap else { return false }
            value = 0
            return true
        }))
        #expect(result.excludedDays.map(\.day) == [gap])
        #expect(result.excludedDays.first?.reason == .feedGap)
        #expect(result.intervals.filter { $0.localDay == gap }.allSatisfy { $0.exclusion == .feedGap })
        #expect(result.model.intervals.count == 13 * 48)
        #expect(result.seasonalNaive.intervals.wape == 0)
        #expect(result.exclusionCounts == [.feedGap: 48])
    }

    @Test func aDayWhoseOpenHoursAreUnreportedIsAFeedGapThoughItsClosedHoursAreRealZeros() throws {
        // The queue opens 08:00-18:00: outside, zeros are reported; on the gap day the open hours are missing.
        let gap: LocalDate = "2026-05-14"
        let result = try run(Self.flatHistory(change: { day, slot, value in
            let open = (16..<36).contains(slot)
            if !open { value = 0 }
            if day == gap, open { value = 0; return true }
            return false
        }))
        #expect(result.excludedDays.map(\.day) == [gap] && result.excludedDays.first?.reason == .feedGap)
        #expect(result.intervals.filter { $0.localDay == gap }.allSatisfy { $0.exclusion == .feedGap })
        #expect(result.seasonalNaive.intervals.wape == 0)
    }

    @Test func singleMissingIntervalsAreNotScoredAndTheYardstickStepsBackOverThem() throws {
        // Missing: two held-out intervals, and the week-ago intervals of the first test day's mornings.
        let result = try run(Self.flatHistory(change: { day, slot, value in
            if day == "2026-05-12", slot < 2 { value = 0; return true }
            if day == "2026-05-04", slot < 20 { value = 0; return true }
            return false
        }))
        #expect(result.exclusionCounts == [.missing: 2])
        #expect(result.excludedDays.isEmpty)
        // A missing week-ago interval (placeholder 0) is not repeated: seasonal naive is still exact.
        #expect(result.seasonalNaive.intervals.wape == 0)
        #expect(result.intervals.first { $0.localDay == "2026-05-11" }?.yardstick == 10)
    }

    @Test func aRecordedClosureIsNotScoredAndNotRepeated() throws {
        let closed: LocalDate = "2026-05-05", heldOutClosed: LocalDate = "2026-05-20"
        let result = try run(Self.flatHistory(change: { day, _, value in
            if day == closed || day == heldOutClosed { value = 0 }
            return false
        }, known: KnownDays(closures: [closed: "stocktake", heldOutClosed: "stocktake"])))
        #expect(result.excludedDays.map(\.reason) == [.closed])
        #expect(result.excludedDays.first?.note == "stocktake")
        #expect(result.seasonalNaive.intervals.wape == 0)
        #expect(result.seasonalNaive.days.bias == 0)
    }

    @Test func aPublicHolidayTheQueueDidNotOpenOnIsNotScoredAndNotRepeated() throws {
        // Memorial Day 2026-05-25 (US) is reported as zeros (the queue closed); the test window is the week after.
        let history = try Self.flatHistory(weeks: 14, change: { day, _, value in
            if day == "2026-05-25" { value = 0 }
            return false
        })
        let week = try Backtest().run(history, testStart: Self.start("2026-05-25"), testEnd: Self.start("2026-06-01"))
        #expect(week.excludedDays.map(\.reason) == [.holidayClosed])
        #expect(week.excludedDays.first?.note == "Memorial Day")
        #expect(week.seasonalNaive.intervals.wape == 0)
        // The following week's yardstick would repeat the holiday: it steps back a week instead.
        let after = try Backtest().run(history, testStart: Self.start("2026-06-01"), testEnd: Self.start("2026-06-01").addingTimeInterval(86_400))
        #expect(after.intervals.allSatisfy { $0.yardstick > 0 })
        #expect(after.seasonalNaive.intervals.wape == 0)
    }

    @Test func anOutageIsListedWithWhatWasExpectedAndNotScored() throws {
        let outage: LocalDate = "2026-05-19"
        let result = try run(Self.flatHistory(change: { day, _, value in
            if day == outage { value = (value * 0.1).rounded() }
            return false
        }))
        let day = try #require(result.excludedDays.first)
        #expect(result.excludedDays.count == 1 && day.day == outage && day.reason == .outage)
        #expect(day.expected == Double((10..<58).reduce(0, +)))
        #expect(result.seasonalNaive.intervals.wape == 0)
        // Confirmed as real, it is scored.
        let confirmed = try run(Self.flatHistory(change: { day, _, value in
            if day == outage { value = (value * 0.1).rounded() }
            return false
        }, known: KnownDays(confirmedReal: [outage])))
        #expect(confirmed.excludedDays.isEmpty)
        #expect(try #require(confirmed.seasonalNaive.intervals.wape) > 0)
    }

    @Test func anUnknownMarketHasNoHolidaysAndDoesNotFail() throws {
        let history = try Self.flatHistory(market: "ZZ", change: { day, _, value in
            if day == "2026-05-25" { value = 0 }
            return false
        })
        let result = try Backtest().run(history, testStart: Self.start("2026-05-18"), testEnd: history.offered.end)
        #expect(result.excludedDays.isEmpty)
    }

    @Test func theLastReportedLocalDayCanBeTestedThoughItEndsBeforeMidnight() throws {
        // The export ends at 17:30 on the last day (the queue closes at 18:00).
        let full = try Self.flatHistory()
        let kept = full.offered.offered.count - 12
        let series = try IntervalSeries(start: full.offered.start, length: .thirtyMinutes,
                                        offered: Array(full.offered.offered.prefix(kept)))
        let history = QueueHistory(offered: series, market: full.market, timeZone: full.timeZone)
        let result = try Backtest().run(history, testStart: Self.start("2026-05-18"), testEnd: Self.start("2026-05-25"))
        #expect(result.intervals.count == 7 * 48 - 12)
        #expect(result.seasonalNaive.intervals.wape == 0)
        // A window past the last reported day is still refused.
        #expect(throws: ForecastInputError.self) {
            try Backtest().run(history, testStart: Self.start("2026-05-18"), testEnd: Self.start("2026-05-26"))
        }
    }
}
