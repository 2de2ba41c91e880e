@testable import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 17, schema/0035: a group of single-event appends finds its streams by key however
/// small `streams` was when the session planned the group's statements. With PostgreSQL's
/// default random_page_cost (4), the generic plan PL/pgSQL switches to at a session's sixth
/// call joined every group to `streams` by a sequential scan of the whole table, so eight
/// writers slowed down as the log's streams grew.
@Suite("Group commit plans: streams found by key")
struct GroupCommitPlanTests {
    /// Twelve groups of four new streams on one session (past the switch to the generic
    /// plan), with the server's default planner costs: no sequential scan of `streams` or
    /// `event_keys`, every append answered. The same calls with the settings of 0035 taken
    /// off the two functions (in the same transaction, rolled back) do scan `streams`, so
    /// the count can tell.
    @Test func groupsNeverScanTheWholeStreamsTable() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await PostgresClient.withRunningClient(database.administratorURL, logger: TestDatabase.logger) { admin in
                try await admin.withConnection { connection in
                    try await connection.query("SET random_page_cost = 4", logger: TestDatabase.logger)
                    try await connection.query("BEGIN", logger: TestDatabase.logger)
                    #expect(try await Self.appendGroups(12, tag: "keyed", on: connection) == 48)
                    let keyed = try await Self.sequentialScans(on: connection)
                    #expect(keyed.streams == 0, "group appends found their streams by key")
                    #expect(keyed.eventKeys == 0)

                    // Without 0035's settings (a recompiled function, fresh plans): the scan.
                    for function in [
                        "append_single_events(text[], bigint[], uuid[], text[], integer[], jsonb[], jsonb[])",
                        "events_guard_stream_versions()",
                    ] {
                        try await connection.query("""
                            ALTER FUNCTION \(unescaped: function)
                                RESET enable_seqscan RESET enable_hashjoin RESET enable_mergejoin RESET jit
                            """, logger: TestDatabase.logger)
                    }
                    #expect(try await Self.appendGroups(12, tag: "planned", on: connection) == 48)
                    let planned = try await Self.sequentialScans(on: connection)
                    #expect(planned.streams > 0, "the check can see the plan it guards against")
                    try await connection.query("ROLLBACK", logger: TestDatabase.logger)
                }
            }
            // The rolled-back trial left nothing; the settings are back.
            #expect(try await store.readAll(after: .start, limit: 10).isEmpty)
        }
    }

    /// Appends `count` groups of four single events to new streams through
    /// `append_single_events`; returns how many appends were answered with a new version 1.
    static func appendGroups(_ count: Int, tag: String, on connection: PostgresConnection) async throws -> Int {
        var written = 0
        for round in 0..<count {
            let answers = try await GroupCommitTests.appendGroup(
                (0..<4).map { ("plan-\(tag)-\(round)-\($0)", 0, UUID()) }, on: connection)
            written += answers.values.filter { $0.version == 1 && $0.stored == false && $0.refusal == nil }.count
        }
        return written
    }

    /// Sequential scans of `streams` and `event_keys` in the connection's open transaction.
    static func sequentialScans(on connection: PostgresConnection) async throws -> (streams: Int64, eventKeys: Int64) {
        let rows = try await connection.query("""
            SELECT coalesce(sum(seq_scan) FILTER (WHERE relname = 'streams'), 0)::int8,
                   coalesce(sum(seq_scan) FILTER (WHERE relname = 'event_keys'), 0)::int8
              FROM pg_stat_xact_user_tables WHERE relname IN ('streams', 'event_keys')
            """, logger: TestDatabase.logger)
        for try await (streams, keys) in rows.decode((Int64, Int64).self) { return (streams, keys) }
        return (0, 0)
    }
}
