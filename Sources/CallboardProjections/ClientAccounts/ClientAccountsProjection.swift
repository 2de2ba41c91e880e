import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Client accounts and their queues: channel, language, market, timezone, hours of
/// operation, and each queue's effective-dated SLA timeline, so every interval can be
/// judged against the SLA in force at the time.
///
/// Hours and SLAs are kept both as the domain's JSON (read back into domain values by the
/// reports) and as readable text.
public struct ClientAccountsProjection: Projection {
    public let name = "client_accounts"
    public let eventTypes: Set<String>? = AccountChanges.accountTypes.union(AccountChanges.queueTypes)

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).accounts (
                account_id    text PRIMARY KEY,
                name          text NOT NULL,
                markets       text[] NOT NULL,
                brands        text[] NOT NULL,
                channels      text[] NOT NULL,
                languages     text[] NOT NULL,
                signed_on     date NOT NULL,
                offboarded_on date
            )
            """, """
            CREATE TABLE \(schema).queues (
                queue_id   text PRIMARY KEY,
                account_id text NOT NULL,
                channel    text NOT NULL,
                language   text NOT NULL,
                market     text,
                time_zone  text NOT NULL,
                hours      jsonb NOT NULL,
                hours_text text NOT NULL,
                closed_on  date
            )
            """,
            "CREATE INDEX queues_by_account ON \(schema).queues (account_id)",
            """
            CREATE TABLE \(schema).queue_slas (
                queue_id       text NOT NULL,
                effective_from timestamptz NOT NULL,
                sla            jsonb NOT NULL,
                description    text NOT NULL,
                PRIMARY KEY (queue_id, effective_from)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        var changes = AccountChanges()
        for event in relevant(events) { try changes.record(event) }
        let writer = AccountWriter(schema: schema, connection: connection, logger: logger)
        try await writer.writeAccounts(changes)
        try await writer.writeQueues(changes)
    }
}
