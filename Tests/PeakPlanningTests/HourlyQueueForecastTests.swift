import CallboardDomain
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import EventStore
import Forecasting
import Foundation
@testable import PeakPlanning
import PostgresTestSupport
import Testing

/// A 24/7 retail voice queue whose telephony exports hourly: twelve weeks of 60-minute
/// intervals imported as a file, forecast for the season and backtested, all hourly.
@Suite("An hourly queue against PostgreSQL")
struct HourlyQueueForecastTests {
    static let queue: QueueID = "TAB-EN-HOURLY"
    static let historyStart = Date(timeIntervalSince1970: 1_787_544_000)  // 2026-08-24T04:00:00Z, midnight New York
    static let weeks = 12
    /// Midnight New York on 2026-11-16 (EST): twelve weeks and the hour the clocks gave back.
    static let historyEnd = PeakWorld.historyEnd
    static var hours: Int { Int(historyEnd.timeIntervalSince(historyStart)) / 3600 }
    /// Expected calls per local day, Monday ... Sunday.
    static let dailyLevel = [1_300.0, 1_250, 1_200, 1_150, 1_100, 800, 650]

    /// The generator's expected calls in the hour starting `start` (New York clock).
    static func expected(at start: Date) -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York")!
        let weekday = (calendar.component(.weekday, from: start) + 5) % 7  // Monday 0
        let weights = (0..<24).map { hour -> Double in
            let h = Double(hour)
            return 0.15 + exp(-pow((h - 11) / 3, 2) / 2) + 0.5 * exp(-pow((h - 19) / 2, 2) / 2)
        }
        return dailyLevel[weekday] * weights[calendar.component(.hour, from: start)] / weights.reduce(0, +)
    }

    /// Twelve weeks of hourly rows, each offered count drawn around `expected` (seeded).
    static func hourlyFile(seed: UInt64) -> String {
        var random = SplitMix(state: seed)
        var lines = ["queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds"]
        let formatter = ISO8601DateFormatter()
        for hour in 0..<hours {
            let start = historyStart.addingTimeInterval(Double(hour * 3600))
            let mean = expected(at: start)
            let offered = max(0, Int((mean + mean.squareRoot() * random.normal()).rounded()))
            let abandoned = offered / 20
            let handled = offered - abandoned
            lines.append("\(queue),\(formatter.string(from: start)),60,\(offered),\(handled),\(abandoned),\(handled * 4 / 5),\(handled * 300)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func build(_ store: EventLog) async throws -> PeakWorld {
        let world = PeakWorld(store: store)
        try await world.build()
        _ = try await CommandRunner(store: store, actor: "test").run(QueueCommand.open(OpenQueue(
            queueID: Self.queue, accountID: "TAB", channel: .voice, language: "en", market: "US", timeZone: "America/New_York",
            hours: .alwaysOpen, sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
            slaEffectiveFrom: Self.historyStart)))
        let report = try await Importer(store: store, actor: "test").importFile(.intervals, text: Self.hourlyFile(seed: 60),
                                                                                 file: "hourly.csv")
        #expect(Self.hours == Self.weeks * 168 + 1 && report.eventsByType == ["IntervalReported": Self.hours])
        try await world.settle()
        return world
    }

    @Test func theSeasonForecastOfAnHourlyQueueIsHourlyAndNearTheGenerator() async throws {
        try await TestDatabase.withEventStore { store, _ in
            _ = try await build(store)
            let run = try await SeasonForecastJobTests.job(store).run()
            let outcome = try #require(run.outcomes.first { $0.queueID == Self.queue }).outcome
            #expect(outcome == .published(revision: 1))
            let stream = StoredStream(SeasonForecastPublished.streamID(season: "black-friday-2026", queueID: Self.queue).rawValue)
            let events = try await store.readStream(stream)
            guard case let .published(forecast) = try #require(events.first).domainEvent(as: SeasonForecastEvent.self) else {
                Issue.record("not a publication"); return
            }
            #expect(forecast.intervalMinutes == 60)
            #expect(forecast.historyFrom == Self.historyStart)
            #expect(forecast.historyUntil == Self.historyEnd)
            #expect(forecast.days.count == 42 && forecast.intervals.count == 42 * 24)
            #expect(forecast.intervals.allSatisfy { Int($0.start.timeIntervalSince1970) % 3600 == 0 })
            // 8-14 December: ordinary days between the Black Friday run and the Christmas run-up.
            let week = Date(timeIntervalSince1970: 1_796_706_000)..<Date(timeIntervalSince1970: 1_797_310_800)
            let ordinary = forecast.intervals.filter { week.contains($0.start) }
            #expect(ordinary.count == 7 * 24)
            let truth = ordinary.map { Self.expected(at: $0.start) }
            let wape = zip(ordinary, truth).reduce(0) { $0 + abs($1.0.p50 - $1.1) } / truth.reduce(0, +)
            print("hourly season forecast, 8-14 December: WAPE against the generator's mean \(wape)")
            #expect(wape < 0.12, "hourly WAPE against the generator \(wape)")
            #expect(ordinary.allSatisfy { $0.p90 >= $0.p50 } && ordinary.contains { $0.p90 > $0.p50 })
            // Erlang per hourly interval; the day's hours are whole hours of those agents.
            let tuesday = try #require(forecast.days.first { $0.day == "2026-12-08" })
            #expect(abs(tuesday.contactsP50 / Self.dailyLevel[1] - 1) < 0.12)
            let tuesdayHours = ordinary.filter { $0.start < week.lowerBound.addingTimeInterval(86_400) }
            #expect(tuesdayHours.count == 24)
            #expect(abs(tuesday.scheduledHours - Double(tuesdayHours.reduce(0) { $0 + $1.scheduledAgents })) < 1e-6)
            #expect(tuesday.peakScheduled == tuesdayHours.map(\.scheduledAgents).max())
            let noon = try #require(tuesdayHours.max { $0.p50 < $1.p50 })
            let night = try #require(tuesdayHours.min { $0.p50 < $1.p50 })
            #expect(noon.scheduledAgents > night.scheduledAgents && night.scheduledAgents > 0)
        }
    }

    @Test func aBacktestOfAnHourlyQueueScoresHourlyIntervals() async throws {
        try await TestDatabase.withEventStore { store, _ in
            _ = try await build(store)
            let (queue, result) = try await QueueBacktest(store: store, logger: TestDatabase.logger)
                .run(queue: Self.queue, from: "2026-10-19", through: "2026-11-15")
            #expect(queue.intervalMinutes == 60)
            #expect(result.forecast.length == .sixtyMinutes)
            #expect(result.forecast.intervals.count == 28 * 24 + 1)  // 1 November has 25 hours
            let wape = try #require(result.model.intervals.wape)
            print("hourly backtest 2026-10-19..11-15: interval WAPE \(wape), seasonal naive \(result.seasonalNaive.intervals.wape ?? .nan)")
            #expect(wape > 0.02 && wape < 0.2, "interval WAPE \(wape)")
            #expect(wape < (try #require(result.seasonalNaive.intervals.wape)) * 1.1)
        }
    }
}

extension HourlyQueueForecastTests {
    /// A queue whose export moved from half hours (August) to hours (September): each UTC
    /// month holds one length, and the history is read at the coarser one, half hours summed.
    @Test func aQueueWhoseExportChangedLengthBetweenMonthsIsReadHourly() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            _ = try await CommandRunner(store: store, actor: "test").run(QueueCommand.open(OpenQueue(
                queueID: Self.queue, accountID: "TAB", channel: .voice, language: "en", market: "US", timeZone: "America/New_York",
                hours: .alwaysOpen, sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
                slaEffectiveFrom: Self.historyStart)))
            // 2026-08-31 22:00Z to 2026-09-01 00:00Z in half hours (7, 8, 9, 10), then 00:00Z to 02:00Z in hours (20, 30).
            let august = Date(timeIntervalSince1970: 1_788_213_600)
            var lines = ["queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds"]
            let formatter = ISO8601DateFormatter()
            for (index, offered) in [7, 8, 9, 10].enumerated() {
                lines.append("\(Self.queue),\(formatter.string(from: august + Double(index * 1800))),30,\(offered),\(offered),0,\(offered),\(offered * 300)")
            }
            for (index, offered) in [20, 30].enumerated() {
                lines.append("\(Self.queue),\(formatter.string(from: august + Double(7200 + index * 3600))),60,\(offered),\(offered),0,\(offered),\(offered * 300)")
            }
            let report = try await Importer(store: store, actor: "test").importFile(.intervals, text: lines.joined(separator: "\n"),
                                                                                     file: "switch.csv")
            #expect(report.eventsAppended == 6)
            try await world.settle()
            let queue = try #require(try await ReportReader(store: store, logger: TestDatabase.logger)
                .live(PlanningInputsQuery(queues: [Self.queue])).output.first)
            #expect(queue.intervalMinutes == 60 && queue.historyStart == august)
            #expect(queue.offered == [15, 19, 20, 30] && queue.missing.isEmpty)
            #expect(try queue.queueHistory().offered.length == .sixtyMinutes)
        }
    }
}

/// A small seeded generator (SplitMix64) with standard normal draws.
private struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / Double(1 << 53) }

    mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform()) }
}
