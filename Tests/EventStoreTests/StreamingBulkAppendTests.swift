import EventStore
import Foundation
import PostgresTestSupport
import Testing

/// Issue 16, item 7: the import's bulk append encodes events as its COPY reaches them and
/// looks no id up unless the COPY finds one stored. Its guarantees stay those of a bulk
/// append: all or nothing, ids written once, expected versions, gap-free reading.
@Suite("Bulk appends encoded during the COPY")
struct StreamingBulkAppendTests {
    struct EncoderFailed: Error, Equatable {}

    /// `count` events for `stream`, encoded a batch at a time; `failing` throws when asked
    /// for the event at that index.
    static func lazy(_ stream: StreamID, count: Int, expected: ExpectedVersion = .any, failingAt failing: Int? = nil,
                     encoded: Collector<Int>? = nil) -> (BulkStreamAppend, [NewEvent]) {
        let events = EventFactory.events(count)
        let append = BulkStreamAppend(stream: stream, expected: expected, ids: events.map(\.id)) { range in
            if let failing, range.contains(failing) { throw EncoderFailed() }
            encoded?.update { $0 += range.count }
            return Array(events[range])
        }
        return (append, events)
    }

    @Test func writesEveryEventInOrderWithGapFreeVersions() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let parts = (0..<4).map { Self.lazy(StreamID("lazy-\($0)"), count: 3_000, expected: .noStream) }
            let result = try await store.appendBulk(parts.map(\.0))
            #expect(result.appended == 12_000 && result.alreadyStored == 0 && result.streamsTouched == 4)
            for (index, part) in parts.enumerated() {
                let stored = try await store.readStream(StreamID("lazy-\(index)"))
                #expect(stored.map(\.id) == part.1.map(\.id))
                #expect(stored.map(\.streamVersion) == Array(1...3_000))
            }
        }
    }

    /// The last event of a big append cannot be encoded: the COPY is abandoned and
    /// nothing of the 40,000 events before it is stored, no stream moved.
    @Test func anEventFailingAtTheEndWritesNothingAtAll() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let encoded = Collector(0)
            var parts = (0..<3).map { Self.lazy(StreamID("whole-\($0)"), count: 10_000, encoded: encoded).0 }
            parts.append(Self.lazy("whole-3", count: 10_000, failingAt: 9_999, encoded: encoded).0)
            await #expect(throws: EncoderFailed.self) { try await store.appendBulk(parts) }
            #expect(encoded.current >= 30_000, "the rows before the bad one were sent")
            let stored = try await store.drain()
            #expect(stored.isEmpty)
            for stream in 0..<4 {
                let version = try await store.streamVersion(StreamID("whole-\(stream)"))
                #expect(version == 0)
            }
            // The same append, mended, then goes through whole.
            let mended = (0..<4).map { Self.lazy(StreamID("whole-\($0)"), count: 10_000).0 }
            let result = try await store.appendBulk(mended)
            #expect(result.appended == 40_000)
        }
    }

    /// An id stored in its own stream is found by the COPY (no look-up first): the append
    /// is made again with the look-up and skips it, writing the rest once.
    @Test func anIdStoredInItsOwnStreamIsSkippedAfterTheCopyFindsIt() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let (_, events) = Self.lazy("again", count: 2_000)
            try await store.append(to: "again", Array(events.suffix(1)))
            let append = BulkStreamAppend(StreamAppend(stream: "again", events: events))
            let result = try await store.appendBulk([append])
            #expect(result.appended == 1_999 && result.alreadyStored == 1)
            let stored = try await store.readStream("again")
            #expect(stored.count == 2_000 && stored.map(\.streamVersion) == Array(1...2_000))
            #expect(Set(stored.map(\.id)) == Set(events.map(\.id)))
        }
    }

    /// One new id in two streams of the same append: refused, nothing written.
    @Test func anIdNewInTwoStreamsIsRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let shared = EventFactory.events(1)
            let appends = [
                StreamAppend(stream: "left", events: EventFactory.events(500) + shared),
                StreamAppend(stream: "right", events: shared + EventFactory.events(500)),
            ]
            await #expect(throws: AppendError.self) { try await store.appendBulk(appends) }
            let stored = try await store.drain()
            #expect(stored.isEmpty)
        }
    }

    /// An expectation that does not hold fails the whole append before its COPY.
    @Test func aFailedExpectationWritesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "taken", EventFactory.events(2))
            let parts = [Self.lazy("free", count: 1_000).0, Self.lazy("taken", count: 1_000, expected: .exactly(1)).0]
            await #expect(throws: AppendError.wrongExpectedVersion(stream: "taken", expected: .exactly(1), actual: 2)) {
                try await store.appendBulk(parts)
            }
            #expect(try await store.drain().count == 2)
        }
    }

    /// A writer whose transaction begins after the bulk append's (which took its id creating
    /// a new stream) appends to a stream the bulk append has not locked yet: the bulk append
    /// begins again, so the stream's versions still rise in log order (before: its events
    /// sorted before the writer's in the log although their versions follow them).
    @Test func aBulkAppendOvertakenOnAStreamBeginsAgainAndKeepsTheStreamInLogOrder() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "a-held", EventFactory.events(1))
            try await store.append(to: "x-overtaken", EventFactory.events(1))
            try await database.withAdministrator { admin in
                try await admin.withConnection { holder in
                    // Holds the bulk append's first stream to lock, after it took its transaction id.
                    try await holder.query("BEGIN", logger: TestDatabase.logger)
                    try await holder.query("SELECT 1 FROM streams WHERE stream_id = 'a-held' FOR UPDATE", logger: TestDatabase.logger)
                    let parts = [Self.lazy("a-held", count: 2).0, Self.lazy("b-new", count: 2).0, Self.lazy("x-overtaken", count: 2).0]
                    let bulk = Task { try await store.appendBulk(parts) }
                    try await TestDeadline.within(.seconds(60), "the bulk append waiting for a-held") {
                        while true {
                            let rows = try await admin.query("""
                                SELECT count(*) FROM pg_stat_activity
                                 WHERE datname = \(database.name) AND wait_event_type = 'Lock' AND query LIKE '%lock_streams%'
                                """, logger: TestDatabase.logger)
                            var waiting: Int64 = 0
                            for try await count in rows.decode(Int64.self) { waiting = count }
                            if waiting > 0 { return }
                            try await Task.sleep(for: .milliseconds(20))
                        }
                    }
                    // A later transaction appends to a stream the bulk append has not locked yet.
                    try await store.append(to: "x-overtaken", EventFactory.events(2))
                    try await holder.query("ROLLBACK", logger: TestDatabase.logger)
                    let result = try await bulk.value
                    #expect(result.appended == 6)
                }
            }
            let seen = try await store.drain()
            for stream in ["a-held", "b-new", "x-overtaken"] {
                let versions = seen.filter { $0.streamID == StreamID(stream) }.map(\.streamVersion)
                #expect(versions == Array(1...Int64(versions.count)), "\(stream) in log order: \(versions)")
            }
            #expect(seen.filter { $0.streamID == "x-overtaken" }.count == 5)
        }
    }

    /// Single appends to the same and to other streams while a big bulk append runs, and a
    /// reader polling the log throughout: every stream's versions are gap-free, and the
    /// reader sees every committed event exactly once, in log order.
    @Test func concurrentAppendsAndAReaderDuringABulkAppend() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let writersDone = Collector(false)
            let singles = Collector<Set<UUID>>([])
            try await withThrowingTaskGroup(of: [RecordedEvent].self) { group in
                group.addTask {
                    var seen: [RecordedEvent] = []
                    var checkpoint = LogCheckpoint.start
                    while !writersDone.current {
                        let batch = try await store.readAll(after: checkpoint, limit: 500)
                        seen += batch
                        checkpoint = batch.last?.checkpoint ?? checkpoint
                        if batch.isEmpty { try await Task.sleep(for: .milliseconds(2)) }
                    }
                    return seen + (try await store.drain(after: checkpoint))
                }
                let parts = (0..<5).map { Self.lazy(StreamID("busy-\($0)"), count: 6_000) }
                try await withThrowingTaskGroup(of: Void.self) { writers in
                    writers.addTask { _ = try await store.appendBulk(parts.map(\.0)) }
                    for writer in 0..<3 {
                        writers.addTask {
                            for round in 0..<15 {
                                // Alternately a stream of the bulk append and a stream of its own.
                                let stream = round % 2 == 0 ? StreamID("busy-\(round % 5)") : StreamID("single-\(writer)")
                                let events = EventFactory.events(2)
                                try await store.append(to: stream, events)
                                singles.update { $0.formUnion(events.map(\.id)) }
                            }
                        }
                    }
                    try await writers.waitForAll()
                }
                writersDone.update { $0 = true }
                let seen = try #require(try await group.next())
                let expected = singles.current.union(parts.flatMap { $0.1.map(\.id) })
                #expect(seen.count == expected.count, "each committed event once")
                #expect(Set(seen.map(\.id)) == expected)
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.checkpoint < $1.checkpoint })
                for stream in Set(seen.map(\.streamID)) {
                    let versions = seen.filter { $0.streamID == stream }.map(\.streamVersion)
                    #expect(versions == Array(1...Int64(versions.count)), "\(stream) gap-free")
                }
                // The bulk append's events stayed together, in their order, within each stream.
                for (index, part) in parts.enumerated() {
                    let ids = seen.filter { $0.streamID == StreamID("busy-\(index)") }.map(\.id)
                    let bulk = Set(part.1.map(\.id))
                    #expect(ids.filter { bulk.contains($0) } == part.1.map(\.id))
                }
            }
        }
    }
}
