import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 17: appends in one statement (migration 0005's append_events and append guard fast
/// path) and notifications sent after commits, at most one per window. Every guarantee of
/// the store still holds through them.
@Suite("Single-round-trip appends and coalesced notifications")
struct SingleRoundTripAppendTests {
    @Test func aWrongExpectedVersionIsRefusedAndWritesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "expected-1", expecting: .noStream, EventFactory.events(1))
            try await store.append(to: "expected-1", expecting: .exactly(1), EventFactory.events(1))
            for expected in [ExpectedVersion.exactly(1), .noStream, .exactly(3)] {
                await #expect(throws: AppendError.wrongExpectedVersion(stream: "expected-1", expected: expected, actual: 2)) {
                    try await store.append(to: "expected-1", expecting: expected, EventFactory.events(1))
                }
            }
            await #expect(throws: AppendError.wrongExpectedVersion(stream: "never-1", expected: .streamExists, actual: 0)) {
                try await store.append(to: "never-1", expecting: .streamExists, EventFactory.events(1))
            }
            #expect(try await store.readStream("expected-1").map(\.streamVersion) == [1, 2])
            #expect(try await store.streamVersion("never-1") == 0)
            #expect(try await store.readStream("never-1").isEmpty)
        }
    }

    @Test func retryingASingleEventAnswersItsOriginalPosition() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "retried-1", EventFactory.events(2))
            let event = try #require(EventFactory.events(1).first)
            let first = try await store.append(to: "retried-1", expecting: .exactly(2), [event])
            try await store.append(to: "other-1", EventFactory.events(3))
            // The retry of the same append (same expected version) finds it stored.
            let retry = try await store.append(to: "retried-1", expecting: .exactly(2), [event])
            #expect(!first.wasAlreadyStored)
            #expect(retry.wasAlreadyStored)
            #expect(retry.firstPosition == first.firstPosition && retry.lastPosition == first.lastPosition)
            #expect(retry.streamVersion == 3)
            #expect(try await store.readStream("retried-1").map(\.id).filter { $0 == event.id }.count == 1)
            // The same id in another stream is not a retry.
            await #expect(throws: AppendError.self) {
                try await store.append(to: "elsewhere-1", [event])
            }
            #expect(try await store.readStream("elsewhere-1").isEmpty)
        }
    }

    @Test func aBatchRetryAnswersItsOriginalPositions() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let events = EventFactory.events(100)
            let first = try await store.append(to: "batch-1", expecting: .noStream, events)
            let retry = try await store.append(to: "batch-1", expecting: .noStream, events)
            #expect(retry.wasAlreadyStored)
            #expect(retry.firstPosition == first.firstPosition && retry.lastPosition == first.lastPosition)
            #expect(try await store.readStream("batch-1").map(\.streamVersion) == Array(1...100))
        }
    }

    /// The guard's one-stream fast path still refuses what the full path refused, and the
    /// log still refuses every rewrite.
    @Test func directWritesAreStillRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "direct-1", EventFactory.events(2))
            for (versions, state) in [([Int64(2)], "23505"), ([4], "CB004"), ([3, 3], "23505"), ([3, 5], "CB004"), ([1], "23505")] {
                let error = try #require(await AppendGuardTests.refusal(
                    of: AppendGuardTests.insert("direct-1", versions: versions), on: store.client))
                #expect(error.serverInfo?[.sqlState] == state, "versions \(versions)")
            }
            let fresh = try #require(await AppendGuardTests.refusal(
                of: AppendGuardTests.insert("direct-new-1", versions: [2, 3]), on: store.client))
            #expect(fresh.serverInfo?[.sqlState] == "CB004")
            for sql in ["UPDATE events SET event_type = 'Rewritten'", "DELETE FROM events"] {
                let error = try #require(await AppendGuardTests.refusal(of: sql, on: store.client))
                #expect(["CB003", "42501"].contains(error.serverInfo?[.sqlState]), "\(sql)")
            }
            let streams = try #require(await AppendGuardTests.refusal(
                of: "UPDATE streams SET version = 1 WHERE stream_id = 'direct-1'", on: store.client))
            #expect(streams.serverInfo?[.sqlState] == "42501")
            #expect(try await store.streamVersion("direct-1") == 2)
            #expect(try await store.readStream("direct-1").map(\.type) == ["SomethingHappened", "SomethingHappened"])
            #expect(try await store.readStream("direct-new-1").isEmpty)
        }
    }

    /// Eight writers append single events, four of them to one shared stream with exact
    /// expected versions (retrying on conflicts), four to streams of their own.
    @Test func concurrentWritersNeitherLoseNorDuplicateEvents() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let perWriter = 15
            let written = Collector<[UUID]>([])
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for n in 0..<perWriter {
                            let event = NewEvent(type: "Counted", payload: #"{"writer":\#(writer),"n":\#(n)}"#)
                            if writer < 4 {
                                while true {
                                    let version = try await store.streamVersion("shared-1")
                                    do {
                                        try await store.append(to: "shared-1", expecting: .exactly(version), [event])
                                        break
                                    } catch AppendError.wrongExpectedVersion {
                                        continue
                                    }
                                }
                            } else {
                                try await store.append(to: StreamID("own-\(writer)"), expecting: .exactly(Int64(n)), [event])
                            }
                            written.update { $0.append(event.id) }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.readStream("shared-1").map(\.streamVersion) == Array(1...(4 * Int64(perWriter))))
            let log = try await Self.wholeLog(store, expecting: 8 * perWriter)
            #expect(log.count == 8 * perWriter)
            #expect(Set(log.map(\.id)) == Set(written.current))
            #expect(Set(log.map(\.id)).count == log.count)
        }
    }

    /// Bursts of appends from eight writers share notifications; the subscriber, which does
    /// not poll within the test's time, must still be woken for the last of them and see
    /// every event once, in log order.
    @Test func aSubscriberSeesEveryEventUnderCoalescedNotifications() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var waiting = EventLog.SubscriptionOptions()
            waiting.pollInterval = .seconds(600)
            waiting.batchSize = 13
            let options = waiting
            let total = 8 * 25
            let received = Collector<[RecordedEvent]>([])
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await store.subscribe(from: .start, options: options) { batch in
                        received.update { $0 += batch.events }
                    }
                }
                try await withThrowingTaskGroup(of: Void.self) { writers in
                    for writer in 0..<8 {
                        writers.addTask {
                            for n in 0..<25 {
                                try await store.append(to: StreamID("burst-\(writer)-\(n % 3)"), [EventFactory.events(1)[0]])
                            }
                        }
                    }
                    try await writers.waitForAll()
                }
                // And one more after a pause: a lone append is woken for as well.
                try await Task.sleep(for: .milliseconds(50))
                try await store.append(to: "burst-last", EventFactory.events(1))
                let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
                while received.current.count < total + 1, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                }
                group.cancelAll()
            }
            let events = received.current
            #expect(events.count == total + 1)
            #expect(Set(events.map(\.id)).count == events.count)
            #expect(events.last?.streamID == "burst-last")
            let log = try await Self.wholeLog(store, expecting: total + 1)
            #expect(events.map(\.id) == log.map(\.id))
        }
    }

    /// The whole log, read until `count` events are readable: readers only see events
    /// older than every transaction running on the (shared) test server.
    static func wholeLog(_ store: EventLog, expecting count: Int) async throws -> [RecordedEvent] {
        var log: [RecordedEvent] = []
        var checkpoint = LogCheckpoint.start
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while log.count < count, ContinuousClock.now < deadline {
            let batch = try await store.readAll(after: checkpoint, limit: 50)
            guard let last = batch.last else {
                try await Task.sleep(for: .milliseconds(20))
                continue
            }
            log += batch
            checkpoint = last.checkpoint
        }
        // Nothing beyond the expected events either.
        log += try await store.readAll(after: checkpoint, limit: 50)
        return log
    }

    /// 0005 replaces functions of 0004 in place: a database migrated to 0004, with events in
    /// it, takes it and goes on appending where its streams were.
    @Test func migration0005AppliesToADatabaseOfTheSchemaBefore() async throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schema")
        let migrations = try MigrationDirectory.load(from: directory)
        let before = migrations.filter { $0.version < 5 }
        #expect(before.count == 4 && migrations.count > 4)
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { client in
                let migrator = Migrator(client: client, logger: TestDatabase.logger)
                _ = try await migrator.migrate(before)
                let store = EventLog(client: client, logger: TestDatabase.logger)
                try await store.append(to: "upgraded-1", EventFactory.events(3))
                let report = try await migrator.migrate(migrations)
                #expect(report.applied.map(\.version).contains(5))
                let next = try await store.append(to: "upgraded-1", expecting: .exactly(3), EventFactory.events(1))
                #expect(next.streamVersion == 4)
                await #expect(throws: AppendError.wrongExpectedVersion(stream: "upgraded-1", expected: .exactly(3), actual: 4)) {
                    try await store.append(to: "upgraded-1", expecting: .exactly(3), EventFactory.events(1))
                }
                #expect(try await store.readStream("upgraded-1").map(\.streamVersion) == [1, 2, 3, 4])
                await store.notificationsSent()
            }
        }
    }
}
