import Foundation
import Testing
import Forecasting

@Suite("Retail default peak prior")
struct RetailDefaultTests {
    /// A young US queue (no past season) whose Black Friday runs at 2.2x and run-up at 1.3x.
    static let young = PeakPriorTests.queue(seed: 31, first: "2025-03-03", blackFriday: 2.2)
    static let history = young.history(young.truncated(young.generate(), before: "2025-11-02"))

    @Test("With no past season of its own or its pool, Black Friday takes the documented default, with a wide P90, and says so")
    func noSeasonAnywhereTakesTheDefault() throws {
        let forecast = try Fixtures.forecaster.forecast(Self.history, weeks: 8)
        let day = try #require(forecast.day("2025-11-28"))
        #expect(day.usesRetailDefault && day.ownWeight == 0 && day.upliftEvidence == 0)
        #expect(abs(day.uplift - 2.0) < 1e-9, "\(day.uplift)")
        #expect(day.p90 > 1.4 * day.p50, "P90 \(day.p90) vs P50 \(day.p50)")
        let runUp = try #require(forecast.day("2025-12-16"))
        #expect(runUp.usesRetailDefault && runUp.uplift > 1.2)
        #expect(forecast.retailDefaultEvents.contains(.blackFriday))
        #expect(forecast.retailDefaultNote?.contains("default retail prior") == true)
        let normal = try #require(forecast.day("2025-11-05"))
        #expect(!normal.usesRetailDefault && normal.uplift == 1)
    }

    @Test("The output says how many of the forecast contacts rest on the default prior")
    func saysHowMuchIsAssumed() throws {
        let forecast = try Fixtures.forecaster.forecast(Self.history, weeks: 8)
        let share = forecast.retailDefaultContacts
        let blackFriday = try #require(forecast.day("2025-11-28"))
        // Black Friday at 2.0x: half its P50 is assumed; the whole is below the horizon's total.
        #expect(share.assumed > blackFriday.p50 / 2 - 1e-6 && share.assumed < share.total)
        #expect(abs(share.total - forecast.days.map(\.p50).reduce(0, +)) < 1e-6)
        let note = try #require(forecast.retailDefaultNote)
        #expect(note.contains("\(Int(share.assumed.rounded())) of the \(Int(share.total.rounded())) forecast contacts"), "\(note)")
        #expect(note.contains("sd 0.35 in logs"))
        let without = try VolumeForecaster(configuration: .init(usesRetailDefaults: false)).forecast(Self.history, weeks: 8)
        #expect(without.retailDefaultContacts.assumed == 0 && without.retailDefaultNote == nil)
    }

    @Test("Switched off, an unseen event is forecast at exactly 1")
    func switchedOff() throws {
        let forecaster = VolumeForecaster(configuration: .init(usesRetailDefaults: false))
        let day = try #require(try forecaster.forecast(Self.history, weeks: 8).day("2025-11-28"))
        #expect(day.uplift == 1 && !day.usesRetailDefault)
    }

    @Test("A pooled estimate beats the default; the queue's own season beats both")
    func evidenceBeatsTheDefault() throws {
        let pooled = try Fixtures.forecaster.forecast(
            Self.history, prior: PeakPriorTests.prior.estimate(for: ["channel:voice"]), weeks: 8)
        let pooledDay = try #require(pooled.day("2025-11-28"))
        #expect(!pooledDay.usesRetailDefault && abs(pooledDay.uplift - 2.0) < 0.15)
        let seasoned = PeakPriorTests.queue(seed: 32, first: "2024-06-03", blackFriday: 3.0)
        let own = try Fixtures.forecaster.forecast(seasoned.history(seasoned.truncated(seasoned.generate(), before: "2025-11-02")),
                                                   weeks: 8)
        let ownDay = try #require(own.day("2025-11-28"))
        #expect(!ownDay.usesRetailDefault && ownDay.uplift > 2.7)
    }

    @Test("Default positions follow the calendar: Cyber Monday high, the run-up rising; on Christmas Day the queue's own typical holiday wins")
    func shapeOfTheDefault() throws {
        let forecast = try Fixtures.forecaster.forecast(Self.history, weeks: 9)
        let christmas = try #require(forecast.day("2025-12-25")), cyberMonday = try #require(forecast.day("2025-12-01"))
        let early = try #require(forecast.day("2025-12-10")), late = try #require(forecast.day("2025-12-23"))
        #expect(cyberMonday.uplift > 1.5 && cyberMonday.usesRetailDefault)
        // The queue has worked its public holidays as normal days since March: so Christmas Day too.
        #expect(!christmas.usesRetailDefault && abs(christmas.uplift - 1) < 0.1, "\(christmas.uplift)")
        let eve = try #require(forecast.day("2025-12-24"))
        #expect(eve.usesRetailDefault && abs(eve.uplift - 0.8) < 1e-9)
        #expect(late.uplift > early.uplift && early.uplift > 1.1)
    }
}
