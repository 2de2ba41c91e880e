import EventStore
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 11, item 6: the application role could INSERT into `events` directly with any
/// stream version. Every insert now goes through the stream checks (migration 0004).
@Suite("The append guard: no insert bypasses the stream checks")
struct AppendGuardTests {
    static func insert(_ stream: String, versions: [Int64]) -> String {
        let rows = versions.map { "('\(stream)', \($0), gen_random_uuid(), 'Forged', '{}')" }.joined(separator: ", ")
        return "INSERT INTO events (stream_id, stream_version, event_id, event_type, payload) VALUES \(rows)"
    }

    @Test func aDirectInsertLeavingAGapIsRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "guarded-1", EventFactory.events(2))
            let error = try #require(await Self.refusal(of: Self.insert("guarded-1", versions: [5]), on: store.client))
            #expect(error.serverInfo?[.sqlState] == "CB004")
            #expect(error.serverInfo?[.message]
                == "stream guarded-1 is at version 2: its next events must be versions 3 to 3, not 5 to 5")
            #expect(try await store.readStream("guarded-1").count == 2)
            #expect(try await store.streamVersion("guarded-1") == 2)
        }
    }

    @Test func aNewStreamMustStartAtVersionOne() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let error = try #require(await Self.refusal(of: Self.insert("fresh-1", versions: [7]), on: store.client))
            #expect(error.serverInfo?[.sqlState] == "CB004")
            #expect(try await store.readStream("fresh-1").isEmpty)
        }
    }

    @Test func versionsWithAHoleInOneStatementAreRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let error = try #require(await Self.refusal(of: Self.insert("holey-1", versions: [1, 3]), on: store.client))
            #expect(error.serverInfo?[.sqlState] == "CB004")
            #expect(try await store.readStream("holey-1").isEmpty)
        }
    }

    @Test func aRepeatedVersionIsRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "twice-1", EventFactory.events(1))
            let error = try #require(await Self.refusal(of: Self.insert("twice-1", versions: [1]), on: store.client))
            #expect(error.serverInfo?[.sqlState] == "23505")
            #expect(try await store.readStream("twice-1").count == 1)
        }
    }

    @Test(arguments: [
        "UPDATE streams SET version = 10",
        "INSERT INTO streams (stream_id, version) VALUES ('planted-1', 4)",
    ])
    func theApplicationRoleCannotMoveAStreamsVersion(_ sql: String) async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "planted-1", EventFactory.events(1))
            let error = try #require(await Self.refusal(of: sql, on: store.client))
            #expect(error.serverInfo?[.sqlState] == "42501")
            #expect(try await store.streamVersion("planted-1") == 1)
        }
    }

    /// An insert that continues the stream exactly is what the append function would
    /// write; it passes the same checks and moves the stream's version with it, so the
    /// next append sees it.
    @Test func aDirectInsertThatContinuesTheStreamMovesItsVersion() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "continued-1", EventFactory.events(2))
            try await store.client.query(PostgresQuery(unsafeSQL: Self.insert("continued-1", versions: [3, 4])), logger: TestDatabase.logger)
            #expect(try await store.streamVersion("continued-1") == 4)
            let next = try await store.append(to: "continued-1", expecting: .exactly(4), EventFactory.events(1))
            #expect(next.streamVersion == 5)
            #expect(try await store.readStream("continued-1").map(\.streamVersion) == [1, 2, 3, 4, 5])
        }
    }

    @Test func bulkAppendsStillNumberEveryStreamWithoutGaps() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "bulk-a", EventFactory.events(3))
            let result = try await store.appendBulk([
                StreamAppend(stream: "bulk-a", expected: .exactly(3), events: EventFactory.events(4)),
                StreamAppend(stream: "bulk-b", expected: .noStream, events: EventFactory.events(2)),
            ])
            #expect(result.appended == 6)
            #expect(try await store.streamVersion("bulk-a") == 7)
            #expect(try await store.streamVersion("bulk-b") == 2)
            #expect(try await store.readStream("bulk-a").map(\.streamVersion) == Array(1...7))
        }
    }

    static func refusal(of sql: String, on client: PostgresClient) async -> PSQLError? {
        do {
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger)
            return nil
        } catch {
            return error as? PSQLError
        }
    }
}
