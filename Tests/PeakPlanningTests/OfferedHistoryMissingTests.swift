import CallboardDomain
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
@testable import PeakPlanning
import PostgresTestSupport
import Projections
import Testing

@Suite("Missing intervals read from the queue's hours against PostgreSQL")
struct OfferedHistoryMissingTests {
    /// Monday 2026-09-07 00:00 New York (EDT).
    static let monday = Date(timeIntervalSince1970: 1_788_753_600)

    @Test func anOpenIntervalNobodyReportedIsMissingAClosedOneIsZeroAndAReportedZeroIsReal() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let run = CommandRunner(store: store, actor: "test")
            _ = try await run.run(ClientAccountCommand.sign(SignAccount(
                accountID: "TAB", name: "Tabula", markets: ["US"], brands: ["Tabula"], channels: [.voice], languages: ["en"],
                signedOn: "2024-03-01")))
            let weekdays: [Weekday: OpeningHours] = Dictionary(uniqueKeysWithValues: [Weekday.monday, .tuesday, .wednesday,
                .thursday, .friday].map { ($0, OpeningHours(open: "08:00", close: "18:00")) })
            _ = try await run.run(QueueCommand.open(OpenQueue(
                queueID: "TAB-EN-US", accountID: "TAB", channel: .voice, language: "en", market: "US",
                timeZone: "America/New_York", hours: .weekly(weekdays),
                sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5), slaEffectiveFrom: Self.monday)))
            // Monday to Friday 08:00-18:00 New York: 20 half hours a day (positions 16..<36 of each day).
            // Wednesday not reported at all, Thursday 10:00-11:00 not reported, Tuesday 09:00 reported as 0.
            var byStream: [String: [NewEvent]] = [:]
            for day in 0..<5 {
                for slot in 16..<36 {
                    if day == 2 || (day == 3 && (20..<22).contains(slot)) { continue }
                    let start = Self.monday.addingTimeInterval(Double(day * 86_400 + slot * 1800))
                    let offered = day == 1 && slot == 18 ? 0 : 30
                    let report = ContactIntervalReport(queueID: "TAB-EN-US", start: start, length: .thirtyMinutes,
                                                       figures: ContactIntervalFigures(
                        offered: offered, handled: offered, abandoned: 0, shortAbandoned: 0,
                        answeredWithinThreshold: offered, handleSeconds: offered * 300))
                    for event in try ContactIntervals.decide(report, state: nil) {
                        byStream[ContactIntervals.streamID(for: report).rawValue, default: []]
                            .append(try event.newEvent(metadata: EventMetadata()))
                    }
                }
            }
            _ = try await store.appendBulk(byStream.keys.sorted().map { StreamAppend(stream: StoredStream($0), events: byStream[$0]!) })
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up") }

            let queue = try #require(try await ReportReader(store: store, logger: TestDatabase.logger)
                .live(PlanningInputsQuery(queues: ["TAB-EN-US"])).output.first)
            // History from Monday 08:00 to Friday 18:00: position p is 08:00 Monday + p half hours.
            let position = { (day: Int, slot: Int) in day * 48 + slot - 16 }
            let expected = IndexSet(integersIn: position(2, 16)..<position(2, 36))
                .union(IndexSet(integersIn: position(3, 20)..<position(3, 22)))
            #expect(queue.missing == expected)
            #expect(queue.offered[position(1, 18)] == 0 && !queue.missing.contains(position(1, 18)))
            #expect(queue.offered[position(0, 40)] == 0 && !queue.missing.contains(position(0, 40)))
            #expect(queue.offered.count == position(4, 36))
            let history = try queue.queueHistory()
            #expect(history.offered.missing == expected)
        }
    }
}
