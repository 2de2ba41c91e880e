import Foundation
import Testing
import Forecasting

@Suite("Input validation")
struct InputValidationTests {
    let monday = Date(timeIntervalSince1970: 1_789_000_200)  // aligned to 30 minutes
    let newYork = "America/New_York"

    func flatSeries(weeks: Double, length: IntervalLength = .thirtyMinutes) throws -> IntervalSeries {
        try IntervalSeries(start: monday, length: length,
                           offered: [Double](repeating: 10, count: Int(weeks * Double(length.perWeek))))
    }

    @Test("Empty history is refused, both ways of building a series")
    func emptyHistory() throws {
        #expect(throws: ForecastInputError.emptyHistory) {
            try IntervalSeries(start: monday, length: .thirtyMinutes, offered: [])
        }
        #expect(throws: ForecastInputError.emptyHistory) { try IntervalSeries(length: .fifteenMinutes, intervals: []) }
    }

    @Test("A start off the interval grid names the interval and the length")
    func misaligned() throws {
        let off = monday.addingTimeInterval(15 * 60)
        #expect(throws: ForecastInputError.misalignedInterval(start: off, lengthMinutes: 30)) {
            try IntervalSeries(start: off, length: .thirtyMinutes, offered: [1, 2])
        }
        #expect((try? IntervalSeries(start: off, length: .fifteenMinutes, offered: [1, 2])) != nil)
        let error = ForecastInputError.misalignedInterval(start: off, lengthMinutes: 30)
        #expect(error.field == "intervals")
        #expect(error.description.contains("30-minute boundary"))
    }

    @Test("Gaps, duplicates and reordering are refused with the expected and found starts")
    func nonContiguous() throws {
        let step = 1800.0
        let gap = [OfferedInterval(start: monday, offered: 1), OfferedInterval(start: monday + step, offered: 2),
                   OfferedInterval(start: monday + 3 * step, offered: 3)]
        #expect(throws: ForecastInputError.nonContiguousInterval(expected: monday + 2 * step, found: monday + 3 * step)) {
            try IntervalSeries(length: .thirtyMinutes, intervals: gap)
        }
        let duplicate = [OfferedInterval(start: monday, offered: 1), OfferedInterval(start: monday, offered: 2)]
        #expect(throws: ForecastInputError.nonContiguousInterval(expected: monday + step, found: monday)) {
            try IntervalSeries(length: .thirtyMinutes, intervals: duplicate)
        }
        let good = [OfferedInterval(start: monday, offered: 1), OfferedInterval(start: monday + step, offered: 2)]
        #expect(try IntervalSeries(length: .thirtyMinutes, intervals: good).intervals == good)
    }

    @Test("Negative and non-finite counts are refused with the interval's start", arguments: [-1.0, .nan, .infinity])
    func invalidOffered(value: Double) throws {
        do {
            _ = try IntervalSeries(start: monday, length: .thirtyMinutes, offered: [3, value])
            Issue.record("accepted \(value)")
        } catch {
            guard case .invalidOffered(let start, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(start == monday.addingTimeInterval(1800))
            #expect(error.field == "offered")
        }
    }

    @Test("Unknown timezone names are refused")
    func unknownTimeZone() throws {
        let series = try flatSeries(weeks: 1)
        #expect(throws: ForecastInputError.unknownTimeZone("Mars/Olympus")) {
            try QueueHistory(offered: series, market: .unitedStates, timeZoneIdentifier: "Mars/Olympus")
        }
    }

    @Test("History shorter than the minimum weeks is refused, naming both figures")
    func tooShort() throws {
        let history = try QueueHistory(offered: flatSeries(weeks: 5), market: .unitedStates, timeZoneIdentifier: newYork)
        #expect(throws: ForecastInputError.historyTooShort(weeks: 5, requiredWeeks: 8)) {
            try VolumeForecaster().forecast(history, weeks: 1)
        }
        #expect(ForecastInputError.historyTooShort(weeks: 5, requiredWeeks: 8).description
            == "history covers 5.0 weeks; at least 8 are needed")
    }

    @Test("Horizons inside the history, empty or off the grid are refused")
    func horizons() throws {
        let series = try flatSeries(weeks: 9)
        let history = try QueueHistory(offered: series, market: .unitedStates, timeZoneIdentifier: newYork)
        let forecaster = VolumeForecaster()
        let early = series.end.addingTimeInterval(-1800)
        #expect(throws: ForecastInputError.horizonStartsInsideHistory(start: early, historyEnd: series.end)) {
            try forecaster.forecast(history, from: early, until: series.end.addingTimeInterval(86_400))
        }
        #expect(throws: ForecastInputError.emptyHorizon(start: series.end, end: series.end)) {
            try forecaster.forecast(history, from: series.end, until: series.end)
        }
        let odd = series.end.addingTimeInterval(600)
        #expect(throws: ForecastInputError.misalignedInterval(start: odd, lengthMinutes: 30)) {
            try forecaster.forecast(history, from: series.end, until: odd)
        }
    }

    @Test("Test windows must lie inside the history, after the minimum training weeks")
    func testWindow() throws {
        let series = try flatSeries(weeks: 10)
        let history = try QueueHistory(offered: series, market: .unitedStates, timeZoneIdentifier: newYork)
        let tooEarly = series.start.addingTimeInterval(7 * 86_400)
        #expect(throws: ForecastInputError.testWindowOutsideHistory(
            start: tooEarly, end: series.end, historyStart: series.start, historyEnd: series.end)) {
            try Backtest().run(history, testStart: tooEarly, testEnd: series.end)
        }
        let start = series.start.addingTimeInterval(9 * 7 * 86_400)
        // A window may end at the end of the last reported local day (issue 12: `--to` the last
        // reported day), scored up to the last report; a day further is outside.
        let sameDay = series.end.addingTimeInterval(1800)
        #expect(try Backtest().run(history, testStart: start, testEnd: sameDay).intervals.last?.start
                == series.end.addingTimeInterval(-1800))
        let beyond = series.end.addingTimeInterval(86_400 + 1800)
        #expect(throws: ForecastInputError.testWindowOutsideHistory(
            start: start, end: beyond, historyStart: series.start, historyEnd: series.end)) {
            try Backtest().run(history, testStart: start, testEnd: beyond)
        }
    }

    @Test("Out-of-range configuration values are refused by name")
    func configuration() throws {
        let history = try QueueHistory(offered: flatSeries(weeks: 9), market: .unitedStates, timeZoneIdentifier: newYork)
        var settings = VolumeForecaster.Configuration()
        settings.trendDampingPerWeek = 1.5
        #expect(throws: ForecastInputError.invalidConfiguration(field: "trendDampingPerWeek", value: 1.5)) {
            try VolumeForecaster(configuration: settings).forecast(history, weeks: 1)
        }
        settings = VolumeForecaster.Configuration(upliftPriorSpread: 0)
        do {
            _ = try VolumeForecaster(configuration: settings).forecast(history, weeks: 1)
            Issue.record("accepted a zero prior spread")
        } catch {
            #expect(error.field == "upliftPriorSpread")
        }
    }

    @Test("A flat history gives a flat, positive forecast with P90 above P50")
    func flatHistory() throws {
        let history = try QueueHistory(offered: flatSeries(weeks: 9), market: "PH", timeZoneIdentifier: "Asia/Manila")
        let forecast = try VolumeForecaster().forecast(history, weeks: 1)
        #expect(forecast.intervals.count == 336)
        for interval in forecast.intervals {
            #expect(abs(interval.p50 - 10) < 0.01)
            #expect(interval.p90 > interval.p50)
        }
    }
}
