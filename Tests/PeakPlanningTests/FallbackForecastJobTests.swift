import CallboardDomain
import CallboardProjections
import CapacityPlanning
import DomainEventCoding
import EventStore
import Forecasting
import Foundation
@testable import PeakPlanning
import PostgresTestSupport
import Testing

@Suite("Every open queue is forecast: the fallback for short histories")
struct FallbackForecastJobTests {
    static func publication(_ queue: QueueID, _ store: EventLog) async throws -> SeasonForecastPublished? {
        let stream = StoredStream(SeasonForecastPublished.streamID(season: "black-friday-2026", queueID: queue).rawValue)
        guard let last = try await store.readStream(stream).last,
              case let .published(forecast) = try last.domainEvent(as: SeasonForecastEvent.self) else { return nil }
        return forecast
    }

    @Test func aQueueWithTwoWeeksOfHistoryIsForecastMarkedLowAndTheRunSaysSo() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.openQueue("TAB-EN-NEW")
            try await world.report("TAB-EN-NEW", from: PeakWorld.historyEnd - 14 * 86_400, until: PeakWorld.historyEnd, scale: 0.5)
            try await world.openQueue("TAB-EN-EMPTY")
            try await world.settle()

            let run = try await SeasonForecastJobTests.job(store).run()
            #expect(run.outcomes.map(\.queueID) == ["TAB-EN-EMPTY", "TAB-EN-NEW", "TAB-EN-US"])
            #expect(run.outcomes.allSatisfy { $0.outcome == .published(revision: 1) })
            #expect(run.failed == 0 && run.lowConfidence == 2)
            #expect(run.summary.contains("3 published") && run.summary.contains("2 of them low-confidence"))

            let new = try #require(try await Self.publication("TAB-EN-NEW", store))
            #expect(new.confidence == .low && new.modelVersion == FallbackForecaster.modelVersion)
            #expect(new.method.hasPrefix("fallback: 2.0 weeks of own history (below 8); shape of TAB-EN-US (voice, en); "
                + "level from its own last 14 day(s)"))
            #expect(new.averageHandleSeconds == 360, "its own handle time")
            // Half TAB-EN-US's volume: a normal December Tuesday about 600 calls.
            let tuesday = try #require(new.days.first { $0.day == "2026-12-08" })
            #expect(tuesday.contactsP50 > 500 && tuesday.contactsP50 < 700, "\(tuesday.contactsP50)")
            #expect(tuesday.contactsP90 > tuesday.contactsP50 * 1.15, "a low-confidence P90 is wide")
            #expect(new.intervals.count == 42 * 48)

            let empty = try #require(try await Self.publication("TAB-EN-EMPTY", store))
            #expect(empty.confidence == .low)
            #expect(empty.method.contains("no history of its own") && empty.method.contains("level: median of 1 sibling(s)")
                && empty.method.contains("handle time: median of the account's voice queues"))
            let emptyTuesday = try #require(empty.days.first { $0.day == "2026-12-08" })
            #expect(emptyTuesday.contactsP50 > 1_000 && emptyTuesday.contactsP50 < 1_400, "\(emptyTuesday.contactsP50)")

            let own = try #require(try await Self.publication("TAB-EN-US", store))
            #expect(own.confidence == .normal && own.method == "own history")
            // No past season in this history and no comparable queue with one: no uplift, no share.
            #expect(own.ownPeakShare == nil && !run.queueLines.contains { $0.hasPrefix("TAB-EN-US: peak uplift") })
            #expect(SeasonPublication.ownPeakShare(of: [
                ForecastDay(day: "2026-11-27", p50: 2_000, baseline: 1_000, uplift: 2, peakDay: PeakDay(event: .blackFriday, position: .during(0)),
                            upliftEvidence: 1, isWholeDay: true, ownWeight: 0.25),
                ForecastDay(day: "2026-11-30", p50: 1_000, baseline: 1_000, uplift: 1, peakDay: nil, upliftEvidence: 0,
                            isWholeDay: true),
            ]) == 0.25)
            #expect(run.queueLines.contains { $0.hasPrefix("TAB-EN-NEW: low confidence, fallback: ") })
            #expect(run.queueLines.contains { $0.hasPrefix("TAB-EN-EMPTY: low confidence, fallback: no history of its own") })
            #expect(!run.queueLines.contains { $0.hasPrefix("TAB-EN-US: low") })

            // The peak report (and its export) carry each queue's confidence and method.
            try await world.settle()
            let outlook = try await ReportReader(store: store, logger: TestDatabase.logger)
                .live(PeakReport(season: SeasonForecastJobTests.season, today: "2026-11-16")).output
            #expect(outlook.confidence["TAB-EN-NEW"]?.confidence == .low && outlook.confidence["TAB-EN-US"]?.confidence == .normal)
            #expect(outlook.confidence["TAB-EN-NEW"]?.method == new.method)
            #expect(PeakReport(season: SeasonForecastJobTests.season, today: "2026-11-16").readModels.contains { $0.name == "forecast_confidence" })

            // A rerun with the same inputs appends nothing and still reports the confidence.
            let rerun = try await SeasonForecastJobTests.job(store).run()
            #expect(rerun.unchanged == 3 && rerun.details["TAB-EN-NEW"]?.confidence == .low)
            #expect(rerun.summary == "black-friday-2026: inputs unchanged for all 3 queues, 2 of them low-confidence; nothing appended.")
        }
    }

    @Test func aQueueWithNothingToBorrowFromFailsWithTheReasonWhileTheOthersPublish() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let world = PeakWorld(store: store)
            try await world.build()
            try await world.signAccount("SOLO", channels: [.chat])
            try await world.openQueue("SOLO-CHAT", account: "SOLO", channel: .chat)
            try await world.settle()

            // With the retail default prior on (as `forecast run` has it), the run also says where
            // TAB-EN-US's peak uplift comes from: it has no past season, nor has its pool.
            let run = try await SeasonForecastJobTests.job(store, retailDefaults: true).run()
            #expect(run.outcomes.first { $0.queueID == "TAB-EN-US" }?.outcome == .published(revision: 1))
            let failure = try #require(run.outcomes.first { $0.queueID == "SOLO-CHAT" }?.outcome)
            #expect(failure == .failed(reason: "no history of its own and no queue of the account in the same channel "
                + "with enough history to borrow a shape or level from"))
            #expect(run.failed == 1 && run.summary.contains("1 failed"))
            #expect(run.queueLines.first == "SOLO-CHAT: FAILED: no history of its own and no queue of the account in the same "
                + "channel with enough history to borrow a shape or level from")
            // The default's note says how many of the forecast contacts rest on it.
            let note = try #require(run.queueLines.dropFirst().first)
            #expect(run.queueLines.count == 2)
            #expect(note.hasPrefix("TAB-EN-US: own history; peak uplift from the default retail prior (blackFriday, cyberMonday, "
                + "christmas, christmasRunUp): no past season of the queue or its pool; "), "\(note)")
            #expect(note.contains(" forecast contacts (") && note.hasSuffix("rest on it, P90 with its spread (sd 0.35 in logs)"))
            #expect(try await Self.publication("SOLO-CHAT", store) == nil)
        }
    }

    @Test func publicationsMadeBeforeConfidenceReadAsNormalOwnHistory() throws {
        let old = """
            {"season":"black-friday-2026","queueID":"Q","accountID":"A","revision":1,"modelVersion":"callboard-volume-2",
             "inputsFingerprint":"f","timeZone":"America/New_York","historyFrom":"2026-09-07T04:00:00Z",
             "historyUntil":"2026-11-16T05:00:00Z","intervalMinutes":30,"target":"80/20","averageHandleSeconds":300,
             "shrinkage":0.3,"leadTime":{"classroomDays":6,"nestingDays":10},"days":[],"intervals":[],"supply":[]}
            """
        let event = try SeasonForecastEvent.decode(type: "SeasonForecastPublished", schemaVersion: 1, payload: Data(old.utf8))
        guard case let .published(forecast) = event else { Issue.record("not a publication"); return }
        #expect(forecast.confidence == .normal && forecast.method == "own history" && forecast.flaggedDays.isEmpty)
    }
}
