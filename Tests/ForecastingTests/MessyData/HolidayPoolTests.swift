import Foundation
import Testing
@testable import Forecasting

@Suite("Holiday effects pooled across an account's queues")
struct HolidayPoolTests {
    static let holiday = "Veterans Day"

    /// The days (observed days included) the US calendar gives Veterans Day.
    static let holidayDays: Set<LocalDate> = {
        let table = PublicHolidayCalendar.standard.markets["US"]!
        return Set((2020...2027).flatMap { table.knownHolidays(in: $0).holidays.filter { $0.name == holiday }.map(\.date) })
    }()

    /// A US weekday queue of about 200 contacts a day (daily noise 10%) whose Veterans Day runs
    /// at `effect` x a normal day (`effectIn2026` in 2026, default the same).
    static func queue(seed: UInt64, first: LocalDate, last: LocalDate = "2026-11-06", effect: Double,
                      effectIn2026: Double? = nil) -> MessyQueue {
        var queue = MessyQueue(timeZone: TimeZone(identifier: "America/New_York")!, market: "US", firstDay: first,
                               lastDay: last)
        queue.dailyVolumeAtStart = 200
        queue.dailyNoise = 0.1
        queue.seed = seed
        queue.multiplier = { day in
            guard Self.holidayDays.contains(day) else { return 1 }
            return day.year == 2026 ? effectIn2026 ?? effect : effect
        }
        return queue
    }

    static let peers = (1...5).map { queue(seed: UInt64(900 + $0), first: "2022-01-03", effect: 0.8) }
    static let prior = PeakUpliftPrior(members: peers.enumerated().map { index, peer in
        PeakUpliftPrior.Member(id: "peer-\(index)", keys: ["account:a|market:US", "account:a"],
                               history: peer.history(peer.generate()))
    })
    static let estimate = prior.estimate(for: ["account:a"], holidayKeys: ["account:a|market:US", "account:a"])

    /// The learned Veterans Day 2026 factor of one queue, alone and with the pool.
    static func learned(_ queue: MessyQueue) throws -> (alone: ForecastDay, pooled: ForecastDay) {
        let history = queue.history(queue.generate())
        let from = queue.instant("2026-11-09"), until = queue.instant("2026-11-16")
        let alone = try Fixtures.forecaster.forecast(history, from: from, until: until)
        let pooled = try Fixtures.forecaster.forecast(history, prior: Self.estimate, from: from, until: until)
        return (try #require(alone.day("2026-11-11")), try #require(pooled.day("2026-11-11")))
    }

    @Test("The pool learns the account's holiday from every occurrence of its queues")
    func poolFromEveryOccurrence() throws {
        let pooled = try #require(Self.estimate.holidayFactor(Self.holiday))
        #expect(abs(pooled / 0.8 - 1) < 0.05, "pooled \(pooled)")
    }

    @Test("A holiday effect learned from one noisy occurrence is pulled toward the account's pooled effect")
    func oneOccurrenceIsShrunkTowardThePool() throws {
        var ownErrors: [Double] = [], pooledErrors: [Double] = []
        for seed in UInt64(1)...12 {
            // One past Veterans Day (2025-11-11) in the history.
            let (alone, pooled) = try Self.learned(Self.queue(seed: seed, first: "2025-01-06", effect: 0.8))
            ownErrors.append(log(alone.uplift / 0.8))
            pooledErrors.append(log(pooled.uplift / 0.8))
            #expect(pooled.ownWeight > 0 && pooled.ownWeight < 0.7, "own weight \(pooled.ownWeight)")
        }
        func rms(_ errors: [Double]) -> Double { sqrt(errors.reduce(0) { $0 + $1 * $1 } / Double(errors.count)) }
        #expect(rms(pooledErrors) < 0.6 * rms(ownErrors), "rms log error \(rms(pooledErrors)) pooled, \(rms(ownErrors)) alone")
    }

    @Test("A queue with five occurrences keeps its own holiday effect")
    func manyOccurrencesKeepTheirOwn() throws {
        let (alone, pooled) = try Self.learned(Self.queue(seed: 31, first: "2021-01-04", effect: 0.6))
        #expect(abs(log(alone.uplift / 0.6)) < 0.1, "alone \(alone.uplift)")
        #expect(abs(log(pooled.uplift / 0.6)) < abs(log(pooled.uplift / 0.8)), "pooled \(pooled.uplift)")
        #expect(pooled.ownWeight > 0.6, "own weight \(pooled.ownWeight)")
    }

    @Test("A queue closed on the holiday stays closed although its peers open")
    func aClosureIsNotShrunk() throws {
        let (_, pooled) = try Self.learned(Self.queue(seed: 41, first: "2025-01-06", effect: 0))
        #expect(pooled.uplift < 0.05 && pooled.ownWeight == 1, "\(pooled)")
    }

    @Test("A backtest's pool learns only from the comparable queues' history before the origin")
    func theBacktestPoolDoesNotLookAhead() throws {
        // The peers' 2026 Veterans Day is a tenth of a normal day; the window starts before it.
        let members = (1...3).map { index in
            let peer = Self.queue(seed: UInt64(950 + index), first: "2023-01-02", last: "2026-12-31", effect: 0.8,
                                  effectIn2026: 0.1)
            return PeakUpliftPrior.Member(id: "peer-\(index)", keys: ["account:a"], history: peer.history(peer.generate()))
        }
        let comparables = ComparableQueues(members: members, holidayKeys: ["account:a"], excluding: "peer-1")
        let origin = Self.peers[0].instant("2026-11-02")
        let estimate = comparables.estimate(before: origin, calendar: .standard, holidays: .standard,
                                            configuration: Fixtures.forecaster.configuration)
        let factor = try #require(estimate.holidayFactor(Self.holiday))
        #expect(abs(factor / 0.8 - 1) < 0.1, "pooled \(factor)")
        let all = PeakUpliftPrior(members: members).estimate(for: ["account:a"], excluding: "peer-1")
        #expect(try #require(all.holidayFactor(Self.holiday)) < 0.65, "the whole histories teach 2026's low day")
    }
}
