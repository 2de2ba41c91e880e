import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 16, item 6: a database whose log was written before 0030 migrates to the
/// partitioned log in one transaction, and every reader sees the same log afterwards.
@Suite("Migrating an existing log to the partitioned one")
struct PartitionMigrationTests {
    static let logger = TestDatabase.logger
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema")

    @Test func aLogWrittenBeforePartitioningReadsIdenticallyAfter() async throws {
        let all = try MigrationDirectory.load(from: Self.schema)
        // This code's readers need the log's read horizon (0032), which depends on no table.
        let before = all.filter { $0.version < 30 || $0.name == "log_read_horizon" }
        #expect(all.contains { $0.version == 30 })
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { admin in try await Self.check(admin: admin, before: before, all: all) }
        }
    }

    static func check(admin: PostgresClient, before: [Migration], all: [Migration]) async throws {
        do {
            try await checkOrThrow(admin: admin, before: before, all: all)
        } catch {
            Issue.record("\(String(reflecting: error))")
        }
    }

    static func checkOrThrow(admin: PostgresClient, before: [Migration], all: [Migration]) async throws {
        do {
                _ = try await Migrator(client: admin, logger: Self.logger).migrate(before)
                let store = EventLog(client: admin, logger: Self.logger)
                // Months back (as the owner may record), this month, single events and batches.
                let kept = UUID()
                for (months, stream) in [(5, "old-1"), (2, "old-2")] {
                    try await admin.query(PostgresQuery(unsafeSQL: """
                        INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, recorded_at)
                        VALUES ('\(stream)', 1, gen_random_uuid(), 'Old', '{"months":\(months)}', now() - interval '\(months) months')
                        """), logger: Self.logger)
                }
                try await store.append(to: "now-1", [NewEvent(id: kept, type: "Kept", payload: #"{"k":1}"#)])
                try await store.append(to: "now-1", EventFactory.events(4))
                // (This code's bulk path reads event_keys, which only exists from 0030 on.)
                for stream in 0..<20 {
                    try await store.append(to: StreamID("batch-\(stream)"), expecting: .noStream, EventFactory.events(3))
                }
                let logBefore = try await store.drain()
                let streamBefore = try await store.readStream("now-1")
                let versionBefore = try await store.streamVersion("old-2")
                #expect(logBefore.count == 2 + 5 + 60)

                let report = try await Migrator(client: admin, logger: Self.logger).migrate(all)
                #expect(report.applied.map(\.version).contains(30))

                let partitioned = try await admin.query(
                    "SELECT relkind::text FROM pg_class WHERE oid = 'events'::regclass", logger: Self.logger)
                for try await kind in partitioned.decode(String.self) { #expect(kind == "p") }
                let logAfter = try await store.drain()
                #expect(logAfter == logBefore)
                #expect(try await store.readStream("now-1") == streamBefore)
                #expect(try await store.streamVersion("old-2") == versionBefore)
                let months = try await LogPartitions(client: admin, logger: Self.logger).list()
                    .filter { $0.range != nil }.count
                #expect(months >= 6 + LogPartitions.defaultMonthsAhead, "from the first event's month to 3 ahead")

                // The keys moved too: a retry answers the original position; positions go on.
                let retry = try await store.append(to: "now-1", [NewEvent(id: kept, type: "Kept", payload: #"{"k":1}"#)])
                #expect(retry.wasAlreadyStored && retry.firstPosition == streamBefore[0].position)
                let next = try await store.append(to: "now-1", expecting: .exactly(5), EventFactory.events(1))
                #expect(next.firstPosition > logBefore.map(\.position).max()!)
                let old = try #require(logBefore.first { $0.streamID == "old-1" })
                await #expect(throws: AppendError.self) {
                    try await store.append(to: "elsewhere-1", [NewEvent(id: old.id, type: "Again", payload: "{}")])
                }
                let leftovers = try await admin.query(
                    "SELECT to_regclass('events_before_partitioning')::text", logger: Self.logger)
                for try await name in leftovers.decode(String?.self) { #expect(name == nil) }
        }
    }
}
