import Foundation
import PostgresNIO
import Synchronization

/// The two append calls as statements prepared once per connection, so that an append is
/// one Bind/Execute/Sync round trip with no parsing or planning on the server: for a
/// one-event append that work cost about as much as the append itself.
///
/// A pooler in transaction mode (PgBouncer before 1.21) hands each transaction to any server
/// session, where a statement prepared on another is unknown (26000) or already prepared
/// under the same name (42P05); nothing was executed then. The first such error turns
/// preparing off for the store (``AppendStatementMode``) and the append is made again as a
/// plain query, as every append is from then on.
struct AppendEventsStatement: AppendCall {
    static let name = "callboard_append_events_1"
    static let sql = """
        SELECT stream_version, first_position, last_position, already_stored
          FROM append_events($1, $2, $3::uuid[], $4::text[], $5::int4[], $6::jsonb[], $7::jsonb[])
        """
    typealias Row = (Int64, Int64, Int64, Bool)

    let stream: StreamID
    let expected: ExpectedVersion
    let events: [NewEvent]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 7)
        bindings.append(stream.rawValue)
        bindings.append(expected.sqlValue)
        bindings.append(events.map(\.id))
        bindings.append(events.map(\.type))
        bindings.append(events.map { Int32($0.schemaVersion) })
        bindings.append(events.map(\.payload))
        bindings.append(events.map(\.metadata.jsonText))
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }

    /// The same call as a plain (unnamed) query, for a pooler that cannot keep statements.
    var query: PostgresQuery {
        """
        SELECT stream_version, first_position, last_position, already_stored
          FROM append_events(
            \(stream.rawValue), \(expected.sqlValue), \(events.map(\.id))::uuid[], \(events.map(\.type))::text[],
            \(events.map { Int32($0.schemaVersion) })::int4[], \(events.map(\.payload))::jsonb[],
            \(events.map(\.metadata.jsonText))::jsonb[])
        """
    }
}

/// A group of single-event appends (`append_single_events`, schema/0006-0007), prepared.
struct AppendSingleEventsStatement: AppendCall {
    static let name = "callboard_append_single_events_1"
    static let sql = """
        SELECT ordinal, stream_version, event_position, already_stored, refusal, refusal_detail
          FROM append_single_events($1::text[], $2::int8[], $3::uuid[], $4::text[], $5::int4[], $6::jsonb[], $7::jsonb[])
        """
    typealias Row = (Int32, Int64?, Int64?, Bool?, String?, String?)

    let group: [GroupCommit.Request]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 7)
        bindings.append(group.map(\.stream.rawValue))
        bindings.append(group.map(\.expected.sqlValue))
        bindings.append(group.map(\.event.id))
        bindings.append(group.map(\.event.type))
        bindings.append(group.map { Int32($0.event.schemaVersion) })
        bindings.append(group.map(\.event.payload))
        bindings.append(group.map(\.event.metadata.jsonText))
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }

    var query: PostgresQuery {
        """
        SELECT ordinal, stream_version, event_position, already_stored, refusal, refusal_detail
          FROM append_single_events(
            \(group.map(\.stream.rawValue))::text[], \(group.map(\.expected.sqlValue))::int8[],
            \(group.map(\.event.id))::uuid[], \(group.map(\.event.type))::text[],
            \(group.map { Int32($0.event.schemaVersion) })::int4[], \(group.map(\.event.payload))::jsonb[],
            \(group.map(\.event.metadata.jsonText))::jsonb[])
        """
    }
}

/// An append call: prepared, or the same call as a plain query (built only when needed).
protocol AppendCall: PostgresPreparedStatement {
    var query: PostgresQuery { get }
}

/// Whether a store's appends still use prepared statements: yes until a pooler shows it
/// cannot keep them (shared by every copy of the store).
final class AppendStatementMode: Sendable {
    private let prepares: Mutex<Bool>

    init(prepares: Bool) {
        self.prepares = Mutex(prepares)
    }

    var isPreparing: Bool { prepares.withLock { $0 } }

    /// Runs `statement` prepared while that works, else as a plain query; returns its rows.
    func rows<Statement: AppendCall>(
        of statement: Statement, on connection: PostgresConnection, logger: Logger
    ) async throws -> [Statement.Row] {
        if isPreparing {
            do {
                var rows: [Statement.Row] = []
                for try await row in try await connection.execute(statement, logger: logger) { rows.append(row) }
                return rows
            } catch let error as PSQLError where Self.isLostStatement(error) {
                prepares.withLock { $0 = false }
                logger.notice("appends go as plain queries from now on: a prepared statement failed (a pooler in transaction mode?)", metadata: [
                    "sqlstate": "\(error.serverInfo?[.sqlState] ?? "")",
                ])
            }
        }
        var rows: [Statement.Row] = []
        for try await row in try await connection.query(statement.query, logger: logger) {
            rows.append(try statement.decodeRow(row))
        }
        return rows
    }

    /// 26000: prepared statement does not exist; 42P05: prepared statement already exists;
    /// any other error of class 42 may come from preparing (a schema not yet migrated), and
    /// PostgresNIO then keeps that error for the statement on that connection for good.
    /// In each case nothing was executed, so making the append again is safe.
    static func isLostStatement(_ error: PSQLError) -> Bool {
        let state = error.serverInfo?[.sqlState] ?? ""
        return state == "26000" || state.hasPrefix("42")
    }
}
