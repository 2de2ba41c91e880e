import CallboardDomain
import CallboardProjections
import EventStore
import struct EventStore.StreamID
import Foundation
import PostgresTestSupport
import Projections
import Testing

@Suite("scratch perf", .enabled(if: ProcessInfo.processInfo.environment["SCRATCH_PERF"] != nil))
struct ScratchPerfTests {
    @Test func intervalsRebuildRate() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.signAccount("PET")
            var appends: [StreamAppend] = []
            let queues = 20, perQueue = 5000
            for q in 0..<queues {
                try await world.openQueue(QueueID("Q\(q)"), account: "PET")
                var byStream: [String: [NewEvent]] = [:]
                for i in 0..<perQueue {
                    let start = Date(timeIntervalSince1970: 1_767_225_600 + Double(i) * 1800)
                    let report = ContactIntervalReport(queueID: QueueID("Q\(q)"), start: start, length: .thirtyMinutes,
                        figures: ContactIntervalFigures(offered: 100, handled: 90, abandoned: 10, shortAbandoned: 2, answeredWithinThreshold: 70, handleSeconds: 18000))
                    let events = try ContactIntervals.decide(report, state: nil)
                    let e = events[0]
                    byStream[ContactIntervals.streamID(for: report).rawValue, default: []].append(
                        NewEvent(id: e.eventID, type: e.eventType, payload: String(decoding: try e.encodedPayload(), as: UTF8.self)))
                }
                for (s, ev) in byStream { appends.append(StreamAppend(stream: StreamID(s), events: ev)) }
            }
            let t0 = ContinuousClock.now
            try await store.appendBulk(appends)
            print("appendBulk \(queues * perQueue): \(ContinuousClock.now - t0)")
            let harness = ReadModelHarness(store: store, batchSize: 1000)
            try await harness.engine.install()
            for projection in CallboardReadModels.all {
                let t1 = ContinuousClock.now
                let n = try await harness.engine.rebuild(projection)
                print("rebuild \(projection.name): \(n) events in \(ContinuousClock.now - t1)")
            }
        }
    }
}
