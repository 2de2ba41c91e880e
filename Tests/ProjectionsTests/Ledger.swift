import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// A small projection for the quarantine tests: one row per applied event with the amount
/// from its payload (`{"amount": 12}`) in an `integer` column, so a payload that does not
/// decode, an amount beyond int4 and a type it refuses are three kinds of poison event;
/// and a `Slow` event that runs into a statement timeout, a failure that is not the
/// event's fault.
struct Ledger: Projection {
    let name = "ledger"
    /// Event types `apply` refuses as poison (as an older version refuses a newer event kind).
    let refusing: Set<String>
    /// Whether `Slow` events run into a statement timeout (cancelled by the server).
    let slowTimesOut: Bool

    init(refusing: Set<String> = [], slowTimesOut: Bool = false) {
        self.refusing = refusing
        self.slowTimesOut = slowTimesOut
    }

    struct Entry: Decodable { let amount: Int64 }

    struct Refused: PoisonEventError {
        let type: String
        var description: String { "this version does not know \(type) events" }
    }

    func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: """
            CREATE TABLE \(schema).entries (position bigint PRIMARY KEY, stream_id text NOT NULL, amount integer NOT NULL)
            """), logger: logger)
    }

    func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        for event in events {
            if refusing.contains(event.type) { throw Refused(type: event.type) }
            if event.type == "Slow", slowTimesOut {
                try await connection.query("SET LOCAL statement_timeout = '20ms'", logger: logger)
                for try await _ in try await connection.query("SELECT pg_sleep(2)", logger: logger) {}
            }
            let entry = try JSONDecoder().decode(Entry.self, from: Data(event.payload.utf8))
            var bindings = PostgresBindings()
            bindings.append(event.position)
            bindings.append(event.streamID.rawValue)
            bindings.append(entry.amount)
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO \(schema).entries (position, stream_id, amount) VALUES ($1, $2, $3::int8)
                """, binds: bindings), logger: logger)
        }
    }

    /// The live read model: amount by position.
    static func read(from client: PostgresClient) async throws -> [Int64: Int64] {
        var entries: [Int64: Int64] = [:]
        let rows = try await client.query("SELECT position, amount::int8 FROM rm_ledger.entries", logger: Logger(label: "test"))
        for try await (position, amount) in rows.decode((Int64, Int64).self) { entries[position] = amount }
        return entries
    }
}
