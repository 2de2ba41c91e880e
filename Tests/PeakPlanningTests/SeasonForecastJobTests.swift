import CallboardDomain
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import EventStore
import Forecasting
import Foundation
@testable import PeakPlanning
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("The season forecast job against PostgreSQL")
struct SeasonForecastJobTests {
    static let season = try! PeakSeason.named("black-friday-2026")
    static let stream = StoredStream(SeasonForecastPublished.streamID(season: "black-friday-2026", queueID: PeakWorld.queue).rawValue)

    /// The job, with the retail default peak prior off unless asked for: the test worlds' queues
    /// have no peak season, so their expected figures are the normal level (the default prior
    /// is covered by ForecastingTests' "Retail default peak prior" and by `retailDefaults: true` below).
    static func job(_ store: EventLog, retailDefaults: Bool = false) -> SeasonForecastJob {
        var job = SeasonForecastJob(store: store, season: season, availability: CertifiedAvailabilityReader(
            reader: ReportReader(store: store, logger: TestDatabase.logger)), logger: TestDatabase.logger)
        job.forecaster = VolumeForecaster(configuration: .init(usesRetailDefaults: retailDefaults))
        return job
    }

    @Test func aRunPublishesTheForecastAsAnEventAndARerunWithTheSameInputsAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.settle()

            let first = try await Self.job(store).run()
            #expect(first.outcomes.map(\.outcome) == [.published(revision: 1)])
            let events = try await store.readStream(Self.stream)
            try #require(events.count == 1)
            let published = try events[0].domainEvent(as: SeasonForecastEvent.self)
            guard case let .published(forecast) = published else { Issue.record("not a publication"); return }
            #expect(events[0].type == "SeasonForecastPublished")
            #expect(forecast.modelVersion == "callboard-volume-8" && forecast.revision == 1)
            #expect(forecast.days.count == 42 && forecast.days.first?.day == "2026-11-23" && forecast.days.last?.day == "2027-01-03")
            #expect(forecast.intervals.count == 42 * 48)
            #expect(forecast.target == "80/20" && forecast.averageHandleSeconds == 300 && forecast.shrinkage == 0.3)
            #expect(forecast.historyFrom == PeakWorld.historyStart && forecast.historyUntil == PeakWorld.historyEnd)
            #expect(forecast.leadTime == PublishedLeadTime(classroomDays: 6, nestingDays: 10, programID: "TAB-CORE"))
            // A normal December Tuesday: about 24 x 40 + 24 x 10 = 1,200 calls.
            let tuesday = try #require(forecast.days.first { $0.day == "2026-12-08" })
            #expect(tuesday.contactsP50 > 1_000 && tuesday.contactsP50 < 1_400)
            #expect(tuesday.contactsP90 > tuesday.contactsP50 && tuesday.requiredHeadcount > 3)
            // Supply: the three scheduled agents, every day; on the 23rd (New York) they are on shift.
            #expect(forecast.supply.count == 42 && forecast.supply.allSatisfy { $0.siteID == "MNL" && $0.available == 3 })
            #expect(forecast.supply.allSatisfy { $0.crossTrainable == 1 })
            #expect(forecast.supply.filter { $0.scheduled == 3 }.map(\.day) == ["2026-11-23"])
            #expect(events[0].id == DeterministicEventID.make(
                namespace: "SeasonForecastPublished",
                naturalKey: "black-friday-2026|TAB-EN-US|callboard-volume-8|\(forecast.inputsFingerprint)"))

            let countBefore = try await store.eventCount()
            let rerun = try await Self.job(store).run()
            #expect(rerun.outcomes.map(\.outcome) == [.unchanged(revision: 1)])
            #expect(rerun.summary == "black-friday-2026: inputs unchanged for all 1 queues; nothing appended.")
            #expect(try await store.eventCount() == countBefore)

            // One more half hour of history changes the inputs: a second revision, the first kept.
            try await world.report(from: PeakWorld.historyEnd, until: PeakWorld.historyEnd + 1800)
            try await world.settle()
            let changed = try await Self.job(store).run()
            #expect(changed.outcomes.map(\.outcome) == [.published(revision: 2)])
            let both = try await store.readStream(Self.stream)
            #expect(both.count == 2 && both[0].id == events[0].id && both[1].id != events[0].id)
        }
    }

    @Test func aSecondRunIsRefusedWhileTheLockIsHeldAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.settle()
            let countBefore = try await store.eventCount()
            try await store.client.withConnection { connection in
                _ = try await connection.query("SELECT pg_advisory_lock(\(SeasonRunLock.key))", logger: TestDatabase.logger)
                await #expect(throws: SeasonRunError.alreadyRunning) { try await Self.job(store).run() }
                _ = try await connection.query("SELECT pg_advisory_unlock(\(SeasonRunLock.key))", logger: TestDatabase.logger)
            }
            #expect(try await store.eventCount() == countBefore)
            #expect(SeasonRunError.alreadyRunning.description.contains("another season forecast run is in progress"))
            // Released, the next run goes ahead.
            #expect(try await Self.job(store).run().published == 1)
        }
    }
}
