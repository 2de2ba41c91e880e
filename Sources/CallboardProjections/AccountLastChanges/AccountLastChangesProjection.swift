import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Each client account's last change: the log checkpoint of the last event of a stream that
/// belongs to the account (its contract, its queues and their intervals, its queues'
/// published forecasts, its training programs and the certifications on them), and under
/// the empty scope `""` the last event that belongs to no account (sites, agents, shifts,
/// scorecards, awards). API tokens change no export and belong to neither.
///
/// The export API tags a response with its account's own last change (and the shared one
/// when the export reads shared facts) instead of the global log position, so another
/// tenant's writes neither invalidate a client's cached answers nor show it how much others
/// write (issue 14, fast exports).
///
/// Which account a stream belongs to comes from its name or its payload: `account-A` is A;
/// a queue's, program's account is recorded when the queue opens or the program is defined
/// (`queue_accounts`, `program_accounts`), and later events of the queue, its interval and
/// forecast streams, the program and its certifications follow it. An event whose queue or
/// program is not known (yet) counts as shared.
public struct AccountLastChangesProjection: Projection {
    public let name = "account_last_changes"

    /// The scope of facts that belong to no account.
    public static let sharedScope = ""

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute([
            "CREATE TABLE \(schema).last_changes (scope text PRIMARY KEY, transaction_id xid8 NOT NULL, position bigint NOT NULL)",
            "CREATE TABLE \(schema).queue_accounts (queue_id text PRIMARY KEY, account_id text NOT NULL)",
            "CREATE TABLE \(schema).program_accounts (program_id text PRIMARY KEY, account_id text NOT NULL)",
        ], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let owners = events.map(StreamOwner.init)
        var queues = try await accounts(
            of: Set(owners.compactMap(\.queue)), table: "queue_accounts", key: "queue_id", in: schema, on: connection, logger: logger)
        var programs = try await accounts(
            of: Set(owners.compactMap(\.program)), table: "program_accounts", key: "program_id", in: schema, on: connection,
            logger: logger)
        var newQueues: [String: String] = [:]
        var newPrograms: [String: String] = [:]
        var last: [String: LogCheckpoint] = [:]
        for (index, event) in events.enumerated() {
            let owner = owners[index]
            if let account = owner.opensQueue, let queue = owner.queue {
                queues[queue] = account
                newQueues[queue] = account
            }
            if let account = owner.definesProgram, let program = owner.program {
                programs[program] = account
                newPrograms[program] = account
            }
            guard let scope = owner.scope(queues: queues, programs: programs) else { continue }
            last[scope] = event.checkpoint
        }
        try await insert(newQueues, into: "queue_accounts", key: "queue_id", in: schema, on: connection, logger: logger)
        try await insert(newPrograms, into: "program_accounts", key: "program_id", in: schema, on: connection, logger: logger)
        let scopes = Array(last.keys)
        var rows = ColumnArrays()
        rows.add(scopes)
        rows.add(scopes.map { String(last[$0]?.transactionID ?? 0) })
        rows.add(scopes.map { last[$0]?.position ?? 0 })
        try await connection.execute("""
            INSERT INTO \(schema).last_changes AS t (scope, transaction_id, position)
            SELECT s, x::xid8, p FROM UNNEST($1::text[], $2::text[], $3::int8[]) AS u(s, x, p)
            ON CONFLICT (scope) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position
            """, rows, rowCount: scopes.count, logger: logger)
    }

    private func accounts(
        of ids: Set<String>, table: String, key: String, in schema: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await connection.query(PostgresQuery(
            unsafeSQL: "SELECT \(key), account_id FROM \(schema).\(table) WHERE \(key) = ANY($1)",
            binds: { var binds = PostgresBindings(); binds.append(Array(ids)); return binds }()), logger: logger)
        var found: [String: String] = [:]
        for try await (id, account) in rows.decode((String, String).self) { found[id] = account }
        return found
    }

    private func insert(
        _ accounts: [String: String], into table: String, key: String, in schema: String, on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        var rows = ColumnArrays()
        rows.add(Array(accounts.keys))
        rows.add(accounts.keys.map { accounts[$0] ?? "" })
        try await connection.execute("""
            INSERT INTO \(schema).\(table) (\(key), account_id) SELECT * FROM UNNEST($1::text[], $2::text[])
            ON CONFLICT (\(key)) DO UPDATE SET account_id = EXCLUDED.account_id
            """, rows, rowCount: accounts.count, logger: logger)
    }
}

/// What an event's stream says about the account it belongs to: the account itself, or the
/// queue or program it follows, read from the stream name where it names them unambiguously
/// and from the payload otherwise.
struct StreamOwner {
    var account: String?
    var queue: String?
    var program: String?
    /// The account a queue opened for or a program was defined for, by this event.
    var opensQueue: String?
    var definesProgram: String?
    /// Facts that change no export (API tokens).
    var ignored = false

    /// The payload fields that name an owner.
    private struct Payload: Decodable {
        let accountID: String?
        let queueID: String?
        let programID: String?
    }

    init(_ event: RecordedEvent) {
        let stream = event.streamID.rawValue
        func payload() -> Payload? { try? JSONDecoder().decode(Payload.self, from: Data(event.payload.utf8)) }
        if stream.hasPrefix("account-") {
            account = String(stream.dropFirst("account-".count))
        } else if stream.hasPrefix("intervals-"), stream.count > "intervals-".count + 8 {
            queue = String(stream.dropFirst("intervals-".count).dropLast(8))
        } else if stream.hasPrefix("queue-") {
            queue = String(stream.dropFirst("queue-".count))
            if event.type == QueueOpened.eventType { opensQueue = payload()?.accountID }
        } else if stream.hasPrefix("forecast-") {
            queue = payload()?.queueID
        } else if stream.hasPrefix("program-") {
            program = String(stream.dropFirst("program-".count))
            if event.type == TrainingProgramDefined.eventType { definesProgram = payload()?.accountID }
        } else if stream.hasPrefix("certification-") {
            program = payload()?.programID
        } else if stream.hasPrefix("apitoken-") {
            ignored = true
        }
    }

    /// The scope the event counts under: its account, else the shared scope; nil when ignored.
    func scope(queues: [String: String], programs: [String: String]) -> String? {
        if ignored { return nil }
        if let account { return account }
        if let queue, let account = queues[queue] { return account }
        if let program, let account = programs[program] { return account }
        return AccountLastChangesProjection.sharedScope
    }
}
