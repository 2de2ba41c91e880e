import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("Reading the whole log never skips a late commit and never repeats")
struct GapFreeReadingTests {
    /// Several writers append in explicit transactions, sleeping at random while they
    /// hold uncommitted positions, and some roll back; a reader polls throughout. The
    /// reader must end with exactly the committed events, each once, in checkpoint order.
    @Test func readerSeesExactlyTheCommittedEventsOnce() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let committed = Collector<Set<UUID>>([])
            let writersDone = Collector(false)

            try await withThrowingTaskGroup(of: [RecordedEvent].self) { group in
                group.addTask {
                    var seen: [RecordedEvent] = []
                    var checkpoint = LogCheckpoint.start
                    while true {
                        let finished = writersDone.current
                        if finished { return seen + (try await store.drain(after: checkpoint)) }
                        let batch = try await store.readAll(after: checkpoint, limit: 7)
                        seen += batch
                        checkpoint = batch.last?.checkpoint ?? checkpoint
                        if batch.isEmpty { try await Task.sleep(for: .milliseconds(3)) }
                    }
                }
                try await withThrowingTaskGroup(of: Void.self) { writers in
                    for writer in 0..<6 {
                        writers.addTask {
                            for round in 0..<12 {
                                let events = EventFactory.events(Int.random(in: 1...3))
                                let rollsBack = (writer + round) % 4 == 0
                                let delay = Double.random(in: 0...0.04)
                                try await Self.appendInTransaction(
                                    events, to: "writer-\(writer)", client: store.client, delay: delay, rollsBack: rollsBack)
                                if !rollsBack { committed.update { $0.formUnion(events.map(\.id)) } }
                            }
                        }
                    }
                    try await writers.waitForAll()
                }
                writersDone.update { $0 = true }

                let seen = try #require(try await group.next())
                let expected = committed.current
                #expect(seen.count == expected.count, "each committed event once")
                #expect(Set(seen.map(\.id)) == expected)
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.checkpoint < $1.checkpoint })
            }
        }
    }

    /// A transaction that appended first but is still open holds back later commits
    /// from readers until it ends, instead of letting them overtake it.
    @Test func anOpenTransactionHoldsBackLaterCommits() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.client.withConnection { slow in
                try await slow.query("BEGIN", logger: TestDatabase.logger)
                try await Self.appendEvents(EventFactory.events(1), to: "slow", on: slow)
                try await store.append(to: "fast", EventFactory.events(1))
                let whileOpen = try await store.readAll(after: .start)
                #expect(whileOpen.isEmpty, "the fast event must wait for the slow transaction")
                #expect(try await store.hasPendingEvents(after: .start))
                try await slow.query("COMMIT", logger: TestDatabase.logger)
            }
            let all = try await store.drain()
            #expect(all.map(\.streamID.rawValue) == ["slow", "fast"])
        }
    }

    static func appendInTransaction(
        _ events: [NewEvent], to stream: String, client: PostgresClient, delay: Double, rollsBack: Bool
    ) async throws {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: TestDatabase.logger)
            try await appendEvents(events, to: stream, on: connection)
            try await Task.sleep(for: .seconds(delay))
            try await connection.query(rollsBack ? "ROLLBACK" : "COMMIT", logger: TestDatabase.logger)
        }
    }

    /// Calls the store's SQL append inside the caller's open transaction.
    static func appendEvents(_ events: [NewEvent], to stream: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            SELECT * FROM append_events(\(stream), -1, \(events.map(\.id))::uuid[], \(events.map(\.type))::text[],
                \(events.map { Int32($0.schemaVersion) })::int4[], \(events.map(\.payload))::jsonb[],
                \(events.map { _ in "{}" })::jsonb[])
            """, logger: TestDatabase.logger)
    }
}
