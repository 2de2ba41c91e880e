import Foundation
import Testing
import Forecasting

@Suite("Pooled peak priors")
struct PeakPriorTests {
    /// A US 24/7 queue whose Black Friday runs at `blackFriday` x and Christmas run-up at `runUp` x.
    static func queue(seed: UInt64, first: LocalDate, blackFriday: Double, runUp: Double = 1.3) -> MessyQueue {
        var queue = MessyQueue(timeZone: TimeZone(identifier: "America/New_York")!, market: "US", firstDay: first,
                               lastDay: "2025-12-31")
        queue.weekdayFactors = [1.1, 1.05, 1.0, 1.0, 0.95, 0.5, 0.4]
        queue.openMinutes = nil
        queue.seed = seed
        queue.multiplier = { day in
            let (_, month, dayOfMonth) = day.components
            let friday = PeakEvent.blackFriday.ruleDays(in: day.year)!.lowerBound
            if day == friday { return blackFriday }
            if month == 12, (10...23).contains(dayOfMonth) { return runUp }
            return 1
        }
        return queue
    }

    static let peers = (1...5).map { queue(seed: UInt64($0), first: "2023-06-05", blackFriday: 2.0) }
    static let prior = PeakUpliftPrior(members: peers.map {
        PeakUpliftPrior.Member(keys: ["account:a", "channel:voice"], history: $0.history($0.truncated($0.generate(), before: "2025-11-02")))
    })

    @Test("An uplift seen in one unusual season is shrunk toward the pooled uplift, and says how much is its own")
    func thinEvidenceIsShrunkTowardThePool() throws {
        let pooled = try #require(Self.prior.estimate(for: ["account:a"]).factor(for: PeakDay(event: .blackFriday, position: .during(0))))
        #expect(abs(pooled - 2.0) < 0.15, "pooled \(pooled)")
        // One past season (2024) with an unusual Black Friday of 3x.
        let odd = Self.queue(seed: 9, first: "2024-06-03", blackFriday: 3.0)
        let history = odd.history(odd.truncated(odd.generate(), before: "2025-11-02"))
        let alone = try Fixtures.forecaster.forecast(history, weeks: 4)
        let pooledForecast = try Fixtures.forecaster.forecast(history, prior: Self.prior.estimate(for: ["account:a", "channel:voice"]),
                                                              weeks: 4)
        let ownDay = try #require(alone.day("2025-11-28")), shrunkDay = try #require(pooledForecast.day("2025-11-28"))
        #expect(ownDay.uplift > 2.7 && ownDay.ownWeight == 1)
        #expect(shrunkDay.uplift < ownDay.uplift && shrunkDay.uplift > pooled, "\(shrunkDay.uplift)")
        #expect(shrunkDay.ownWeight > 0 && shrunkDay.ownWeight < 1)
    }

    @Test("A queue with no past season takes the pooled uplift, own weight 0, with a wider P90")
    func noOwnSeasonTakesThePool() throws {
        let young = Self.queue(seed: 11, first: "2025-01-06", blackFriday: 2.0)
        let history = young.history(young.truncated(young.generate(), before: "2025-11-02"))
        let alone = try VolumeForecaster(configuration: .init(usesRetailDefaults: false)).forecast(history, weeks: 4)
        let pooled = try Fixtures.forecaster.forecast(history, prior: Self.prior.estimate(for: ["channel:voice"]), weeks: 4)
        let ownDay = try #require(alone.day("2025-11-28")), day = try #require(pooled.day("2025-11-28"))
        #expect(abs(ownDay.uplift - 1) < 1e-9)
        #expect(abs(day.uplift - 2.0) < 0.15 && day.ownWeight == 0, "\(day)")
        #expect(abs(day.p50 / (2.0 * young.normalVolume("2025-11-28")) - 1) < 0.1)
    }

    @Test("A 24/7 queue's Christmas run-up learned from two seasons with different growth is not under-forecast")
    func christmasRunUpFromTwoSeasons() throws {
        var queue = Self.queue(seed: 21, first: "2023-06-05", blackFriday: 2.2, runUp: 1.5)
        queue.dailyVolumeAtStart = 3000
        let growth: @Sendable (LocalDate) -> Double = { day in
            // Flat in 2023-24, +35% a year from July 2024.
            let start: LocalDate = "2024-07-01"
            return day < start ? 1 : pow(1.35, Double(start.distance(to: day)) / 365.25)
        }
        let peak = queue.multiplier
        queue.annualGrowth = 0
        queue.multiplier = { peak($0) * growth($0) }
        let series = queue.generate()
        let forecast = try Fixtures.forecaster.forecast(queue.history(queue.truncated(series, before: "2025-11-02")),
                                                        from: queue.instant("2025-11-02"), until: queue.instant("2026-01-01"))
        var forecastTotal = 0.0, actualTotal = 0.0
        for day in forecast.days where day.day >= "2025-12-10" && day.day <= "2025-12-23" {
            forecastTotal += day.p50
            actualTotal += queue.actual(day.day, in: series)
        }
        let bias = forecastTotal / actualTotal - 1
        #expect(abs(bias) < 0.08, "run-up bias \(bias)")
    }

    @Test("The most specific group with two queues decides; a queue is left out of its own prior")
    func groupsAndLeaveOneOut() throws {
        let odd = Self.queue(seed: 9, first: "2024-06-03", blackFriday: 3.0)
        let members = Self.peers.enumerated().map { index, peer in
            PeakUpliftPrior.Member(id: "a\(index)", keys: ["account:a", "channel:voice"],
                                   history: peer.history(peer.truncated(peer.generate(), before: "2025-11-02")))
        } + [PeakUpliftPrior.Member(id: "b1", keys: ["account:b", "channel:voice"],
                                    history: odd.history(odd.truncated(odd.generate(), before: "2025-11-02")))]
        let prior = PeakUpliftPrior(members: members)
        let blackFriday = PeakDay(event: .blackFriday, position: .during(0))
        // Account b has one queue (b1) only: a new queue of account b takes the channel's six.
        let newInB = try #require(prior.estimate(for: ["account:b", "channel:voice"]).factor(for: blackFriday))
        let channel = try #require(prior.estimate(for: ["channel:voice"]).factor(for: blackFriday))
        #expect(newInB == channel && channel > 2.0 && channel < 2.4, "\(newInB) \(channel)")
        // Alone in its account and left out of its own prior, b1 gets the five peers' uplift.
        let forB1 = try #require(prior.estimate(for: ["account:b", "channel:voice"], excluding: "b1").factor(for: blackFriday))
        #expect(abs(forB1 - 2.0) < 0.15, "\(forB1)")
        #expect(prior.estimate(for: ["account:b"], excluding: "b1").positions.isEmpty)
    }
}
