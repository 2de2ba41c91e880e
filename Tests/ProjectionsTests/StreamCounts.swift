import EventStore
import Logging
import PostgresNIO
import Projections
import Synchronization

/// A small projection for the engine's tests: events per stream, and the last type seen.
/// It can be told to fail on an event type, to stand for a crash in the middle of a batch.
struct StreamCounts: Projection {
    let name: String
    /// An event type whose application throws, or nil.
    let failOnType: String?
    let tablesVersion: Int

    init(name: String = "stream_counts", failOnType: String? = nil, tablesVersion: Int = 1) {
        self.name = name
        self.failOnType = failOnType
        self.tablesVersion = tablesVersion
    }

    struct Crash: Error {}

    func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: """
            CREATE TABLE \(schema).counts (stream_id text PRIMARY KEY, events bigint NOT NULL, last_type text NOT NULL)
            """), logger: logger)
    }

    func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        for event in events {
            if event.type == failOnType { throw Crash() }
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO \(schema).counts AS c (stream_id, events, last_type) VALUES ($1, 1, $2)
                ON CONFLICT (stream_id) DO UPDATE SET events = c.events + 1, last_type = EXCLUDED.last_type
                """, binds: bindings(event.streamID.rawValue, event.type)), logger: logger)
        }
    }

    private func bindings(_ values: String...) -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }

    /// The read model as a dictionary, read from the live schema (of the projection called `name`).
    static func read(from client: PostgresClient, name: String = "stream_counts") async throws -> [String: Int64] {
        var counts: [String: Int64] = [:]
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT stream_id, events FROM rm_\(name).counts"), logger: Logger(label: "test"))
        for try await (stream, events) in rows.decode((String, Int64).self) { counts[stream] = events }
        return counts
    }
}
