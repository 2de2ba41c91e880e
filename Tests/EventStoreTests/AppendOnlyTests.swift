import EventStore
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("The log is append-only, enforced by PostgreSQL")
struct AppendOnlyTests {
    static let rewrites = [
        "UPDATE events SET event_type = 'Forged'",
        "DELETE FROM events",
        "TRUNCATE events",
    ]

    @Test(arguments: rewrites)
    func theApplicationRoleMayNotRewrite(_ sql: String) async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "s", EventFactory.events(1))
            let state = try await sqlState(of: sql, on: store.client)
            #expect(state == "42501", "permission denied expected for \(sql)")
            #expect(try await store.drain().count == 1)
        }
    }

    @Test(arguments: rewrites)
    func evenTheOwnerMayNotRewrite(_ sql: String) async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "s", EventFactory.events(1))
            let state = try await database.withAdministrator { try await sqlState(of: sql, on: $0) }
            #expect(state == "CB003")
            #expect(try await store.drain().count == 1)
        }
    }

    @Test func theApplicationCannotChoosePositionsOrTransactionIDs() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let state = try await sqlState(of: """
                INSERT INTO events (transaction_id, stream_id, stream_version, event_id, event_type, payload)
                VALUES ('1'::xid8, 's', 1, gen_random_uuid(), 'T', '{}')
                """, on: store.client)
            #expect(state == "42501")
        }
    }

    private func sqlState(of sql: String, on client: PostgresClient) async throws -> String? {
        do {
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger)
            return nil
        } catch let error as PSQLError {
            return error.serverInfo?[.sqlState]
        }
    }
}
