import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 17 on the partitioned log (schema/0031 and the prepared append statements): a batch
/// looks up only its first id, the partitions have no index of their own on event_id, and
/// appends run as statements prepared once per connection, falling back to plain queries
/// where a pooler loses them. Every answer and refusal is the one the store gave before.
@Suite("Lighter appends: first-id lookup, no partition id index, prepared statements")
struct LighterAppendTests {
    /// A batch whose first id is new but a later one is stored (in another stream) is refused
    /// as before: CB002 from append_events with every stored id in the detail, not a bare
    /// unique violation, and nothing of it is written.
    @Test func aBatchWithAStoredIdAfterItsFirstIsRefusedAsBefore() async throws {
        try await TestDatabase.withEventStore { store, database in
            let stored = EventFactory.events(2)
            try await store.append(to: "first-owner", expecting: .noStream, stored)
            let batch = EventFactory.events(2) + [stored[1]]
            await #expect(throws: AppendError.self) {
                try await store.append(to: "second", expecting: .noStream, batch)
            }
            do {
                try await store.append(to: "second", expecting: .noStream, batch)
            } catch let AppendError.duplicateEventIDs(stream, detail) {
                #expect(stream == "second")
                #expect(detail == "\(stored[1].id.uuidString.lowercased())@first-owner")
            }
            // Straight through SQL: the error code is CB002.
            let state = try await database.withAdministrator { admin in
                try await Self.sqlState(of: """
                    SELECT * FROM append_events('second', 0, ARRAY[\(UUID()), \(stored[0].id)]::uuid[], ARRAY['A', 'B'],
                        ARRAY[1, 1], ARRAY['{}', '{}']::jsonb[], ARRAY['{}', '{}']::jsonb[])
                    """, on: admin)
            }
            #expect(state == "CB002")
            #expect(try await store.readStream("second").isEmpty)
            #expect(try await store.streamVersion("second") == 0)
        }
    }

    /// The checks keep their order: ids stored elsewhere are judged before the expected
    /// version, also when the batch's first id is new.
    @Test func storedIdsAreStillJudgedBeforeTheExpectedVersion() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stored = EventFactory.events(1)
            try await store.append(to: "owner", expecting: .noStream, stored)
            try await store.append(to: "target", expecting: .noStream, EventFactory.events(1))
            await #expect(throws: AppendError.duplicateEventIDs(
                stream: "target", detail: "\(stored[0].id.uuidString.lowercased())@owner")) {
                try await store.append(to: "target", expecting: .exactly(7), EventFactory.events(1) + stored)
            }
            // With no stored id, the wrong version is what is refused.
            await #expect(throws: AppendError.wrongExpectedVersion(stream: "target", expected: .exactly(7), actual: 1)) {
                try await store.append(to: "target", expecting: .exactly(7), EventFactory.events(2))
            }
            #expect(try await store.readStream("target").count == 1)
        }
    }

    /// A batch retried after it committed is an idempotent success (its first id is found),
    /// and one id given twice in a batch is still refused, leaving nothing behind.
    @Test func batchRetriesAndRepeatedIdsAnswerAsBefore() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let events = EventFactory.events(5)
            let first = try await store.append(to: "retried", expecting: .noStream, events)
            let retry = try await store.append(to: "retried", expecting: .noStream, events)
            #expect(retry.wasAlreadyStored && retry.firstPosition == first.firstPosition && retry.lastPosition == first.lastPosition)
            let twice = EventFactory.events(1)
            await #expect(throws: AppendError.self) {
                try await store.append(to: "twice", expecting: .noStream, EventFactory.events(2) + twice + twice)
            }
            #expect(try await store.readStream("twice").isEmpty)
            #expect(try await store.drain().count == 5)
        }
    }

    /// The partitions carry no index on event_id alone (event_keys' primary key is the log's
    /// id index), and ids stay unique across the whole log through it.
    @Test func thePartitionsHaveNoEventIDIndexAndIDsStayUnique() async throws {
        try await TestDatabase.withEventStore { store, database in
            let indexes = try await database.withAdministrator { admin in
                var names: [String] = []
                let rows = try await admin.query("""
                    SELECT c.relname::text FROM pg_index x
                      JOIN pg_class c ON c.oid = x.indexrelid
                      JOIN pg_class t ON t.oid = x.indrelid
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
                     WHERE (t.relname = 'events' OR t.relispartition AND t.relname LIKE 'events\\_%')
                       AND x.indnatts = 1 AND a.attname = 'event_id'
                    """, logger: TestDatabase.logger)
                for try await name in rows.decode(String.self) { names.append(name) }
                return names
            }
            #expect(indexes.isEmpty, "no partition index on event_id: \(indexes)")
            let event = EventFactory.events(1)
            try await store.append(to: "one", event)
            await #expect(throws: AppendError.self) { try await store.append(to: "other", event) }
            #expect(try await store.readStream("other").isEmpty)
        }
    }

    /// Appends are prepared once per connection: the session keeps the statement, and
    /// later appends on it use it.
    @Test func appendsArePreparedOncePerConnection() async throws {
        try await TestDatabase.withFresh { database in
            try await PostgresClient.withRunningClient(database.applicationURL, logger: TestDatabase.logger, maximumConnections: 1) { client in
                let store = EventLog(client: client, logger: TestDatabase.logger)
                try await store.append(to: "lone", expecting: .noStream, EventFactory.events(1))
                try await store.append(to: "lone", expecting: .exactly(1), EventFactory.events(2))
                await #expect(throws: AppendError.wrongExpectedVersion(stream: "lone", expected: .noStream, actual: 3)) {
                    try await store.append(to: "lone", expecting: .noStream, EventFactory.events(1))
                }
                var prepared: [String] = []
                let rows = try await client.query("SELECT name FROM pg_prepared_statements ORDER BY name", logger: TestDatabase.logger)
                for try await name in rows.decode(String.self) { prepared.append(name) }
                #expect(prepared == ["callboard_append_events_1"])
                #expect(try await store.readStream("lone").map(\.streamVersion) == [1, 2, 3])
            }
        }
    }

    /// Where the server session already has a statement of that name (what a pooler in
    /// transaction mode does to a client: 42P05, or 26000 for one it does not have), the
    /// append is made as a plain query, once, and so is every append after it.
    @Test func aSessionThatCannotKeepTheStatementGetsPlainQueries() async throws {
        try await TestDatabase.withFresh { database in
            try await PostgresClient.withRunningClient(database.applicationURL, logger: TestDatabase.logger, maximumConnections: 1) { client in
                try await client.query("PREPARE callboard_append_events_1 AS SELECT 1", logger: TestDatabase.logger)
                let store = EventLog(client: client, logger: TestDatabase.logger)
                let first = try await store.append(to: "pooled", expecting: .noStream, EventFactory.events(3))
                let second = try await store.append(to: "pooled", expecting: .exactly(3), EventFactory.events(1))
                #expect(first.streamVersion == 3 && second.streamVersion == 4 && !first.wasAlreadyStored)
                await #expect(throws: AppendError.wrongExpectedVersion(stream: "pooled", expected: .exactly(3), actual: 4)) {
                    try await store.append(to: "pooled", expecting: .exactly(3), EventFactory.events(1))
                }
                #expect(try await store.readStream("pooled").map(\.streamVersion) == [1, 2, 3, 4])
            }
        }
    }

    static func sqlState(of sql: PostgresQuery, on client: PostgresClient) async throws -> String? {
        do {
            for try await _ in try await client.query(sql, logger: TestDatabase.logger) {}
            return nil
        } catch let error as PSQLError {
            return error.serverInfo?[.sqlState]
        }
    }
}
