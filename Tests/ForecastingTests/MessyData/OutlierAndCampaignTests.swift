import Foundation
import Testing
import Forecasting

@Suite("Outliers and campaigns")
struct OutlierAndCampaignTests {
    static let queue = MessyQueue(firstDay: "2024-09-02", lastDay: "2025-10-31")
    static let series = queue.generate()
    static let origin: LocalDate = "2025-09-01"

    /// The series with an outage (30% of the day reported) on 2025-08-19 and a routing
    /// error doubling 2025-08-07.
    static let faulty: IntervalSeries = {
        var offered = series.offered
        for position in queue.positions(of: "2025-08-19", in: series) { offered[position] = (offered[position] * 0.3).rounded() }
        for position in queue.positions(of: "2025-08-07", in: series) { offered[position] *= 2 }
        return try! IntervalSeries(start: series.start, length: series.length, offered: offered)
    }()

    static func total(_ forecast: Forecast) -> Double { forecast.intervals.reduce(0) { $0 + $1.p50 } }

    @Test("An outage and a spike are flagged with expected and actual, and not learned")
    func outliersAreFlaggedAndNotLearned() throws {
        let clean = try Fixtures.forecaster.forecast(Self.queue.history(Self.queue.truncated(Self.series, before: Self.origin)),
                                                     weeks: 4)
        let faulty = try Fixtures.forecaster.forecast(Self.queue.history(Self.queue.truncated(Self.faulty, before: Self.origin)),
                                                      weeks: 4)
        #expect(faulty.flaggedDays.map(\.day) == ["2025-08-07", "2025-08-19"])
        #expect(faulty.flaggedDays.map(\.reason) == [.spike, .outage])
        let outage = try #require(faulty.flaggedDays.last)
        #expect(abs(outage.actual / outage.expected - 0.3) < 0.05, "\(outage)")
        #expect(clean.flaggedDays.isEmpty)
        #expect(abs(Self.total(faulty) / Self.total(clean) - 1) < 0.005)
        let cleanP90 = clean.intervals.reduce(0) { $0 + $1.p90 }, faultyP90 = faulty.intervals.reduce(0) { $0 + $1.p90 }
        #expect(abs(faultyP90 / cleanP90 - 1) < 0.01, "the outage must not widen P90")
    }

    @Test("Three silent hours inside a reported day are an outage: flagged, not learned; quiet closed hours are not")
    func silentHoursAreAnOutage() throws {
        var offered = Self.series.offered
        let range = Self.queue.positions(of: "2025-08-20", in: Self.series)
        // 10:00 to 13:00 local (Berlin, 30-minute intervals): positions 20 ..< 26 of the day.
        for position in range.lowerBound + 20..<range.lowerBound + 26 { offered[position] = 0 }
        let silent = try IntervalSeries(start: Self.series.start, length: Self.series.length, offered: offered)
        let clean = try Fixtures.forecaster.forecast(Self.queue.history(Self.queue.truncated(Self.series, before: Self.origin)),
                                                     weeks: 4)
        let forecast = try Fixtures.forecaster.forecast(Self.queue.history(Self.queue.truncated(silent, before: Self.origin)),
                                                        weeks: 4)
        #expect(forecast.flaggedDays.map(\.day) == ["2025-08-20"])
        #expect(forecast.flaggedDays.map(\.reason) == [.outage])
        let day = try #require(forecast.flaggedDays.first)
        #expect(day.expected > day.actual * 1.2, "\(day)")
        #expect(abs(Self.total(forecast) / Self.total(clean) - 1) < 0.005)
        // The shape is learned from an older Wednesday in the flagged day's place: ordinary noise,
        // not the 100% hole of three silent hours.
        for (a, b) in zip(clean.intervals, forecast.intervals) where a.p50 > 20 {
            #expect(abs(b.p50 / a.p50 - 1) < 0.05, "\(a.start)")
        }
    }

    @Test("A day the user confirmed as real is learned, not flagged")
    func confirmedDayIsLearned() throws {
        let flagged = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(Self.faulty, before: Self.origin)), weeks: 4)
        let confirmed = try Fixtures.forecaster.forecast(
            Self.queue.history(Self.queue.truncated(Self.faulty, before: Self.origin),
                               known: KnownDays(confirmedReal: ["2025-08-19"])), weeks: 4)
        #expect(confirmed.flaggedDays.map(\.day) == ["2025-08-07"])
        let p90 = { (f: Forecast) in f.intervals.reduce(0) { $0 + $1.p90 } }
        #expect(p90(confirmed) > p90(flagged), "the confirmed low day is in the holdout the spread is measured on")
    }

    @Test("The screen is Poisson-aware: a small queue's quiet day is noise, a large queue's is an outage")
    func screenIsPoissonAware() {
        let screen = OutlierScreen.standard
        #expect(screen.reason(expected: 4, actual: 0) == nil)
        #expect(screen.reason(expected: 20, actual: 12) == nil)
        #expect(screen.reason(expected: 2000, actual: 1000) == .outage)
        #expect(screen.reason(expected: 2000, actual: 1800) == nil)
        #expect(screen.reason(expected: 2000, actual: 4000) == .spike)
        #expect(screen.reason(expected: 40, actual: 0) == .outage)
    }

    @Test("A campaign with a stated uplift scales its days; without one, the learned uplift of its kind")
    func campaignsScaleTheirDays() throws {
        var queue = Self.queue
        let pastPromotion: ClosedRange<LocalDate> = "2025-06-16"..."2025-06-20"
        queue.multiplier = { pastPromotion.contains($0) ? 1.4 : 1 }
        let series = queue.generate()
        let launch = DemandCampaign(name: "new phone", kind: .launch, days: "2025-09-09"..."2025-09-11", expectedUplift: 1.5)
        let promotion = DemandCampaign(name: "autumn sale", kind: .promotion, days: "2025-09-16"..."2025-09-17")
        let past = DemandCampaign(name: "summer sale", kind: .promotion, days: pastPromotion)
        let truncated = queue.truncated(series, before: Self.origin)
        let plain = try Fixtures.forecaster.forecast(queue.history(truncated, known: KnownDays(campaigns: [past])), weeks: 3)
        let forecast = try Fixtures.forecaster.forecast(
            queue.history(truncated, known: KnownDays(campaigns: [past, launch, promotion])), weeks: 3)
        for day in launch.days {
            let ratio = try #require(forecast.day(day)).p50 / #require(plain.day(day)).p50
            #expect(abs(ratio - 1.5) < 1e-6, "\(day): \(ratio)")
        }
        for day in promotion.days {
            let ratio = try #require(forecast.day(day)).p50 / #require(plain.day(day)).p50
            #expect(abs(ratio - 1.4) < 0.1, "\(day): \(ratio)")
            #expect(try #require(forecast.day(day)).p90 > 1.4 * #require(plain.day(day)).p90 * 0.98)
        }
        // The past promotion's days were kept out of the weekly pattern (and not flagged as spikes).
        #expect(forecast.flaggedDays.isEmpty, "\(forecast.flaggedDays)")
        #expect(try #require(forecast.day("2025-09-19")).p50 == #require(plain.day("2025-09-19")).p50)
    }
}
