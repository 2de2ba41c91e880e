@testable import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 17: concurrent single-event appends of one store go to the server as one call and
/// one commit (``GroupCommit``, `append_single_events` of migrations 0006 and 0007: one
/// INSERT for a group with nothing in its way, else append by append), and every append
/// in a group still gets exactly the answer it would have had alone.
@Suite("Group commit of concurrent single-event appends")
struct GroupCommitTests {
    /// A store that runs one call at a time, so that appends made while it runs gather
    /// into one group.
    static var oneCallAtATime: EventLog.Configuration {
        var configuration = EventLog.Configuration()
        configuration.appendGroupsInFlight = 1
        return configuration
    }

    /// Nine appends gather behind a blocked one and go as one group: conflicts, retries and
    /// ids stored elsewhere refuse or answer only their own append, the rest commit together
    /// in one transaction, and a refused append to a new stream leaves no stream behind.
    @Test func aGroupCommitsOnceAndAnswersEachAppendOnItsOwn() async throws {
        try await TestDatabase.withEventStore(configuration: Self.oneCallAtATime) { store, _ in
            let groupCommit = try #require(store.groupCommit)
            try await store.append(to: "blocker", EventFactory.events(1))
            try await store.append(to: "taken", EventFactory.events(2))
            let stored = EventFactory.events(1)[0]
            let original = try await store.append(to: "retried", expecting: .noStream, [stored])
            let twice = EventFactory.events(1)[0]

            let outcomes = try await Self.whileBlocked(store: store, stream: "blocker", waiting: 9, groupCommit: groupCommit) {
                [
                    ("fresh-1", .noStream, EventFactory.events(1)[0]),
                    ("fresh-2", .noStream, EventFactory.events(1)[0]),
                    ("taken", .exactly(0), EventFactory.events(1)[0]),
                    ("retried", .noStream, stored),
                    ("elsewhere", .any, stored),
                    ("fresh-3", .noStream, twice),
                    ("fresh-3", .noStream, twice),
                    ("taken", .exactly(2), EventFactory.events(1)[0]),
                    ("ghost", .streamExists, EventFactory.events(1)[0]),
                ]
            }

            func outcome(_ stream: StreamID, _ n: Int = 0) -> Result<AppendResult, any Error> {
                outcomes.filter { $0.stream == stream }[n].result
            }
            #expect(try outcome("fresh-1").get().streamVersion == 1)
            #expect(try outcome("fresh-2").get().streamVersion == 1)
            #expect(throws: AppendError.wrongExpectedVersion(stream: "taken", expected: .exactly(0), actual: 2)) {
                try outcome("taken", 0).get()
            }
            #expect(try outcome("taken", 1).get().streamVersion == 3)
            let retry = try outcome("retried").get()
            #expect(retry.wasAlreadyStored && retry.firstPosition == original.firstPosition && retry.streamVersion == 1)
            #expect(throws: AppendError.self) { try outcome("elsewhere").get() }
            // The same event twice in one group: written once, and both answers name it.
            let (once, again) = (try outcome("fresh-3", 0).get(), try outcome("fresh-3", 1).get())
            #expect(Set([once.wasAlreadyStored, again.wasAlreadyStored]) == [false, true])
            #expect(once.firstPosition == again.firstPosition && once.streamVersion == 1 && again.streamVersion == 1)
            #expect(throws: AppendError.wrongExpectedVersion(stream: "ghost", expected: .streamExists, actual: 0)) {
                try outcome("ghost").get()
            }

            // What was written, and in how many transactions.
            // blocker 1 + taken 2 + retried 1 before; the blocked append; the group's 4.
            let log = try await SingleRoundTripAppendTests.wholeLog(store, expecting: 9)
            #expect(log.count == 9)
            let grouped = log.filter { $0.streamID.rawValue.hasPrefix("fresh") || ($0.streamID == "taken" && $0.streamVersion == 3) }
            #expect(grouped.count == 4)
            #expect(Set(grouped.map(\.checkpoint.transactionID)).count == 1, "one commit for the whole group")
            #expect(try await store.readStream("taken").map(\.streamVersion) == [1, 2, 3])
            #expect(try await store.readStream("fresh-3").map(\.id) == [twice.id])
            #expect(try await store.readStream("elsewhere").isEmpty)
            #expect(try await store.readStream("retried").map(\.id) == [stored.id])
            #expect(try await store.readStream("blocker").count == 2)
            var ghosts = -1
            for try await n in try await store.client.query(
                "SELECT count(*)::int8 FROM streams WHERE stream_id IN ('ghost', 'elsewhere')", logger: TestDatabase.logger
            ).decode(Int.self) { ghosts = n }
            #expect(ghosts == 0, "a refused append to a new stream leaves no stream row")
        }
    }

    /// A group the server refuses as a whole (here: one append's payload is not JSON, so the
    /// call's arguments cannot be read) writes nothing; its appends are then made one by one,
    /// so only the bad one fails.
    @Test func aGroupRefusedAsAWholeIsAppendedOneByOne() async throws {
        try await TestDatabase.withEventStore(configuration: Self.oneCallAtATime) { store, _ in
            let groupCommit = try #require(store.groupCommit)
            try await store.append(to: "blocker", EventFactory.events(1))
            let outcomes = try await Self.whileBlocked(store: store, stream: "blocker", waiting: 3, groupCommit: groupCommit) {
                [
                    ("good-1", .noStream, EventFactory.events(1)[0]),
                    ("bad", .noStream, NewEvent(type: "Broken", payload: "{not json")),
                    ("good-2", .noStream, EventFactory.events(1)[0]),
                ]
            }
            #expect(outcomes.filter { $0.stream != "bad" }.allSatisfy { (try? $0.result.get().streamVersion) == 1 })
            #expect(throws: PSQLError.self) { try outcomes.first { $0.stream == "bad" }?.result.get() }
            #expect(try await store.readStream("good-1").count == 1)
            #expect(try await store.readStream("good-2").count == 1)
            #expect(try await store.readStream("bad").isEmpty)
        }
    }

    /// An append whose stream another transaction holds (a bulk import, say) does not hold up
    /// the appends grouped with it: they commit at once, and it is made alone, waiting for
    /// the stream as a lone append would.
    @Test func anAppendToAHeldStreamDoesNotHoldUpItsGroup() async throws {
        try await TestDatabase.withEventStore(configuration: Self.oneCallAtATime) { store, _ in
            let groupCommit = try #require(store.groupCommit)
            try await store.append(to: "blocker", EventFactory.events(1))
            try await store.append(to: "held", EventFactory.events(1))
            try await store.client.withConnection { importer in
                try await importer.query("BEGIN", logger: TestDatabase.logger)
                try await importer.query("SELECT * FROM lock_streams(ARRAY['held'])", logger: TestDatabase.logger)
                let (free, held) = try await store.client.withConnection { holder in
                    try await holder.query("BEGIN", logger: TestDatabase.logger)
                    try await holder.query("SELECT * FROM lock_streams(ARRAY['blocker'])", logger: TestDatabase.logger)
                    let lone = Task { try await store.append(to: "blocker", EventFactory.events(1)) }
                    try await Self.until { try await Self.waitingOnALock(store.client) }
                    let free = ["free-1", "free-2"].map { stream in
                        Task { try await store.append(to: StreamID(stream), expecting: .noStream, EventFactory.events(1)) }
                    }
                    let held = Task { try await store.append(to: "held", expecting: .exactly(1), EventFactory.events(1)) }
                    try await Self.until { groupCommit.waitingAppends == 3 }
                    try await holder.query("COMMIT", logger: TestDatabase.logger)
                    _ = try await lone.value
                    return (free, held)
                }
                // The group commits while the import still holds its stream.
                for task in free { #expect(try await task.value.streamVersion == 1) }
                #expect(try await store.readStream("held").count == 1, "still held by the import")
                try await importer.query("COMMIT", logger: TestDatabase.logger)
                #expect(try await held.value.streamVersion == 2)
            }
        }
    }

    /// A group's transaction that is still open holds back later commits from readers, like
    /// any append; once it commits, its events are read before them, each once.
    @Test func anOpenGroupHoldsBackLaterCommits() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.client.withConnection { slow in
                try await slow.query("BEGIN", logger: TestDatabase.logger)
                let events = EventFactory.events(3)
                let rows = try await slow.query("""
                    SELECT ordinal, refusal FROM append_single_events(
                        ARRAY['group-b', 'group-a', 'group-b'], ARRAY[-1, 0, -1]::int8[], \(events.map(\.id))::uuid[],
                        ARRAY['Grouped', 'Grouped', 'Grouped'], ARRAY[1, 1, 1], ARRAY['{}', '{}', '{}']::jsonb[],
                        ARRAY['{}', '{}', '{}']::jsonb[])
                    """, logger: TestDatabase.logger)
                var refusals: [Int32: String?] = [:]
                for try await (ordinal, refusal) in rows.decode((Int32, String?).self) { refusals[ordinal] = refusal }
                #expect(refusals.count == 3 && refusals.values.allSatisfy { $0 == nil })
                try await store.append(to: "fast", EventFactory.events(1))
                #expect(try await store.readAll(after: .start).isEmpty, "the fast event must wait for the open group")
                #expect(try await store.hasPendingEvents(after: .start))
                try await slow.query("COMMIT", logger: TestDatabase.logger)
            }
            let all = try await store.drain()
            // Stream order within the group ("C" collation), then the order given.
            #expect(all.map(\.streamID.rawValue) == ["group-a", "group-b", "group-b", "fast"])
            #expect(all.prefix(3).map(\.streamVersion) == [1, 1, 2])
            #expect(Set(all.prefix(3).map(\.checkpoint.transactionID)).count == 1)
        }
    }

    /// Arrays of different lengths are a caller's error, refused before anything is written.
    @Test func mismatchedArraysAreRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // The error comes with the rows (the function's result is a set): read them.
            var state: String?
            do {
                let rows = try await store.client.query("""
                    SELECT ordinal FROM append_single_events(ARRAY['a', 'b'], ARRAY[-1]::int8[], ARRAY[gen_random_uuid()],
                        ARRAY['T'], ARRAY[1], ARRAY['{}']::jsonb[], ARRAY['{}']::jsonb[])
                    """, logger: TestDatabase.logger)
                for try await _ in rows.decode(Int32.self) {}
            } catch let error as PSQLError {
                state = error.serverInfo?[.sqlState]
            }
            #expect(state == "22023")
            #expect(try await store.drain().isEmpty)
        }
    }

    /// A group that took its transaction id before a later writer appended to one of its
    /// streams would sort its event on that stream before the writer's in the log, though it
    /// follows it in the stream (migration 0050). The call fails as a whole with a
    /// serialization failure and writes nothing: on the set-based path, and on the path
    /// append by append (`firstHeld`: another transaction holds the group's first stream, so
    /// the set-based path gives up its locks after 100 ms and the group goes append by append).
    @Test(arguments: [false, true])
    func aGroupOvertakenOnAStreamFailsAsAWholeAndWritesNothing(firstHeld: Bool) async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "overtaken-a", EventFactory.events(1))
            try await store.append(to: "overtaken-b", EventFactory.events(1))
            let state: String? = try await store.client.withConnection { holder in
                try await holder.query("BEGIN", logger: TestDatabase.logger)
                if firstHeld {
                    try await holder.query("SELECT * FROM lock_streams(ARRAY['overtaken-a'])", logger: TestDatabase.logger)
                }
                let state: String? = try await store.client.withConnection { group in
                    try await group.query("BEGIN", logger: TestDatabase.logger)
                    try await group.query("SELECT pg_current_xact_id()", logger: TestDatabase.logger)
                    // A writer that began later appends to the group's second stream and commits.
                    try await store.append(to: "overtaken-b", EventFactory.events(1))
                    let events = EventFactory.events(2)
                    var state: String?
                    do {
                        let rows = try await group.query("""
                            SELECT ordinal, refusal FROM append_single_events(
                                ARRAY['overtaken-a', 'overtaken-b'], ARRAY[-1, -1]::int8[], \(events.map(\.id))::uuid[],
                                ARRAY['Grouped', 'Grouped'], ARRAY[1, 1], ARRAY['{}', '{}']::jsonb[], ARRAY['{}', '{}']::jsonb[])
                            """, logger: TestDatabase.logger)
                        for try await _ in rows.decode((Int32, String?).self) {}
                    } catch let error as PSQLError {
                        state = error.serverInfo?[.sqlState]
                    }
                    try await group.query("ROLLBACK", logger: TestDatabase.logger)
                    return state
                }
                try await holder.query("ROLLBACK", logger: TestDatabase.logger)
                return state
            }
            #expect(state == "40001")
            let all = try await store.drain()
            #expect(all.map(\.streamID.rawValue) == ["overtaken-a", "overtaken-b", "overtaken-b"])
        }
    }

    /// Eight writers through one store (grouping on): four race on one stream with exact
    /// expected versions, four append to their own streams, some repeating an append (a
    /// retry); a reader polls all along. Every append lands once, versions have no gaps,
    /// and the reader sees exactly the log, once, in order.
    @Test func concurrentGroupedWritersAndAReaderAgree() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let perWriter = 20
            let written = Collector<[UUID]>([])
            let writersDone = Collector(false)
            try await withThrowingTaskGroup(of: [RecordedEvent].self) { group in
                group.addTask {
                    var seen: [RecordedEvent] = []
                    var checkpoint = LogCheckpoint.start
                    while true {
                        if writersDone.current { return seen + (try await store.drain(after: checkpoint)) }
                        let batch = try await store.readAll(after: checkpoint, limit: 9)
                        seen += batch
                        checkpoint = batch.last?.checkpoint ?? checkpoint
                        if batch.isEmpty { try await Task.sleep(for: .milliseconds(2)) }
                    }
                }
                try await withThrowingTaskGroup(of: Void.self) { writers in
                    for writer in 0..<8 {
                        writers.addTask {
                            for n in 0..<perWriter {
                                let event = NewEvent(type: "Counted", payload: #"{"writer":\#(writer),"n":\#(n)}"#)
                                if writer < 4 {
                                    while true {
                                        let version = try await store.streamVersion("contended")
                                        do {
                                            try await store.append(to: "contended", expecting: .exactly(version), [event])
                                            break
                                        } catch AppendError.wrongExpectedVersion {
                                            continue
                                        }
                                    }
                                } else {
                                    let stream = StreamID("solo-\(writer)")
                                    let first = try await store.append(to: stream, expecting: .exactly(Int64(n)), [event])
                                    if n % 5 == 0 {
                                        let retry = try await store.append(to: stream, expecting: .exactly(Int64(n)), [event])
                                        #expect(retry.wasAlreadyStored && retry.firstPosition == first.firstPosition)
                                    }
                                }
                                written.update { $0.append(event.id) }
                            }
                        }
                    }
                    try await writers.waitForAll()
                }
                writersDone.update { $0 = true }
                let seen = try #require(try await group.next())
                #expect(seen.count == 8 * perWriter)
                #expect(Set(seen.map(\.id)) == Set(written.current))
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.checkpoint < $1.checkpoint })
            }
            #expect(try await store.readStream("contended").map(\.streamVersion) == Array(1...(4 * Int64(perWriter))))
            for writer in 4..<8 {
                #expect(try await store.readStream(StreamID("solo-\(writer)")).map(\.streamVersion) == Array(1...Int64(perWriter)))
            }
            await store.notificationsSent()
        }
    }

    /// One answer row of `append_single_events`.
    struct GroupAnswer: Equatable {
        var version: Int64?
        var position: Int64?
        var stored: Bool?
        var refusal: String?
    }

    /// Calls `append_single_events` on `connection` with one single-event append per element
    /// (`{}` payloads, type `Grouped`); returns the answers by ordinal (from 1).
    static func appendGroup(
        _ appends: [(stream: String, expected: Int64, id: UUID)], on connection: PostgresConnection
    ) async throws -> [Int32: GroupAnswer] {
        let count = appends.count
        let rows = try await connection.query("""
            SELECT ordinal, stream_version, event_position, already_stored, refusal FROM append_single_events(
                \(appends.map(\.stream))::text[], \(appends.map(\.expected))::int8[], \(appends.map(\.id))::uuid[],
                \(Array(repeating: "Grouped", count: count))::text[], \(Array(repeating: Int32(1), count: count))::int4[],
                \(Array(repeating: "{}", count: count))::jsonb[], \(Array(repeating: "{}", count: count))::jsonb[])
            """, logger: TestDatabase.logger)
        var answers: [Int32: GroupAnswer] = [:]
        for try await (ordinal, version, position, stored, refusal) in rows.decode((Int32, Int64?, Int64?, Bool?, String?).self) {
            answers[ordinal] = GroupAnswer(version: version, position: position, stored: stored, refusal: refusal)
        }
        return answers
    }

    /// How many times `append_events` ran in the connection's open transaction (the
    /// session tracks PL/pgSQL functions: `track_functions = pl`, a superuser's setting).
    static func appendEventsCalls(on connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query("""
            SELECT coalesce(sum(calls), 0)::int8 FROM pg_stat_xact_user_functions WHERE funcname = 'append_events'
            """, logger: TestDatabase.logger)
        for try await calls in rows.decode(Int64.self) { return calls }
        return 0
    }

    /// Migration 0007: a group with nothing in its way (new streams, an existing one, two
    /// appends to one stream with exact versions) is written by one INSERT, without a single
    /// `append_events` call, numbered per stream in the order given; a group with a wrong
    /// expected version or an idempotent retry in it goes append by append (0006's path) and
    /// still answers each append on its own, leaving nothing of the set-based try behind.
    @Test func aGroupWithNothingInItsWayIsOneInsertAndAConflictGoesAppendByAppend() async throws {
        try await TestDatabase.withEventStore { store, database in
            let stored = EventFactory.events(1)[0]
            let original = try await store.append(to: "old", expecting: .noStream, [stored])
            try await PostgresClient.withRunningClient(database.administratorURL, logger: TestDatabase.logger) { admin in
                try await admin.withConnection { connection in
                    try await connection.query("SET track_functions = 'pl'", logger: TestDatabase.logger)
                    try await connection.query("BEGIN", logger: TestDatabase.logger)
                    let clean = try await Self.appendGroup([
                        ("new-b", 0, UUID()), ("new-a", -1, UUID()), ("new-b", 1, UUID()), ("old", 1, UUID()),
                        ("new-c", -1, UUID()),
                    ], on: connection)
                    #expect(try await Self.appendEventsCalls(on: connection) == 0, "one INSERT, no append_events")
                    #expect(clean.count == 5 && clean.values.allSatisfy { $0.refusal == nil && $0.stored == false })
                    #expect([1, 2, 3, 4, 5].map { clean[$0]?.version } == [1, 1, 2, 2, 1])
                    // Positions in stream order ("C"), then in the order given.
                    let positions = [2, 1, 3, 5, 4].compactMap { clean[$0]?.position }
                    #expect(positions.count == 5 && positions == positions.sorted())

                    let mixed = try await Self.appendGroup([
                        ("new-a", 0, UUID()), ("ghost", -2, UUID()), ("old", 0, stored.id), ("fresh", 0, UUID()),
                    ], on: connection)
                    // Append by append: the two calls that returned are counted (a call that
                    // raised, CB001 here, is not).
                    #expect(try await Self.appendEventsCalls(on: connection) == 2, "append by append")
                    #expect(mixed[1]?.refusal == "CB001" && mixed[2]?.refusal == "CB001")
                    #expect(mixed[3] == GroupAnswer(version: 1, position: original.firstPosition, stored: true, refusal: nil))
                    #expect(mixed[4]?.version == 1 && mixed[4]?.stored == false)
                    try await connection.query("COMMIT", logger: TestDatabase.logger)
                }
            }
            #expect(try await store.readStream("new-b").map(\.streamVersion) == [1, 2])
            #expect(try await store.readStream("old").map(\.streamVersion) == [1, 2])
            #expect(try await store.readStream("fresh").count == 1)
            var ghosts = -1
            for try await n in try await store.client.query(
                "SELECT count(*)::int8 FROM streams WHERE stream_id = 'ghost'", logger: TestDatabase.logger
            ).decode(Int.self) { ghosts = n }
            #expect(ghosts == 0, "nothing of the set-based try is left behind")
        }
    }

    /// Migration 0007: an id another open transaction is inserting (so the set-based INSERT
    /// would wait on it past the 100 ms lock wait) refuses that append alone (55P03, for the
    /// application to make alone), while the rest of the group is written; the id is then
    /// the other transaction's.
    @Test func anIdHeldByAnotherTransactionRefusesOnlyItsAppend() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let held = UUID()
            try await store.client.withConnection { other in
                try await other.query("BEGIN", logger: TestDatabase.logger)
                try await other.query("""
                    SELECT * FROM append_events('theirs', -1, ARRAY[\(held)]::uuid[], ARRAY['Grouped'], ARRAY[1],
                        ARRAY['{}']::jsonb[], ARRAY['{}']::jsonb[])
                    """, logger: TestDatabase.logger)
                let answers = try await store.client.withConnection { connection in
                    try await Self.appendGroup([("mine", 0, held), ("free", 0, UUID())], on: connection)
                }
                #expect(answers[1]?.refusal == "55P03")
                #expect(answers[2]?.version == 1 && answers[2]?.refusal == nil)
                try await other.query("COMMIT", logger: TestDatabase.logger)
            }
            #expect(try await store.readStream("mine").isEmpty)
            #expect(try await store.readStream("theirs").map(\.id) == [held])
            #expect(try await store.readStream("free").count == 1)
        }
    }

    /// One appender in a lone call to `stream`, blocked on the stream's lock held by another
    /// session; meanwhile the `appends` are made concurrently and wait in the store; then
    /// the lock is let go. Returns each append's outcome, in the order given.
    static func whileBlocked(
        store: EventLog, stream: StreamID, waiting count: Int, groupCommit: GroupCommit,
        _ appends: () -> [(StreamID, ExpectedVersion, NewEvent)]
    ) async throws -> [(stream: StreamID, result: Result<AppendResult, any Error>)] {
        let work = appends()
        return try await store.client.withConnection { holder in
            try await holder.query("BEGIN", logger: TestDatabase.logger)
            try await holder.query("SELECT * FROM lock_streams(ARRAY[\(stream.rawValue)])", logger: TestDatabase.logger)
            return try await withThrowingTaskGroup(of: (Int, Result<AppendResult, any Error>).self) { group in
                group.addTask {
                    (-1, await Result { try await store.append(to: stream, [EventFactory.events(1)[0]]) })
                }
                try await Self.until { try await Self.waitingOnALock(store.client) }
                for (index, (target, expected, event)) in work.enumerated() {
                    group.addTask { (index, await Result { try await store.append(to: target, expecting: expected, [event]) }) }
                }
                try await Self.until { groupCommit.waitingAppends == count }
                try await holder.query("COMMIT", logger: TestDatabase.logger)
                var results: [Int: Result<AppendResult, any Error>] = [:]
                for try await (index, result) in group { results[index] = result }
                _ = try results[-1]?.get()
                return work.indices.map { (work[$0].0, results[$0]!) }
            }
        }
    }

    static func waitingOnALock(_ client: PostgresClient) async throws -> Bool {
        let rows = try await client.query(
            "SELECT count(*)::int8 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
            logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count > 0 }
        return false
    }

    static func until(_ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw CancellationError() }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
