import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 16, item 6: `events` partitioned by recorded month (migration 0030) keeps the
/// log's guarantees: append-only on every partition, gap-safe reading across months, event
/// ids and stream versions unique across partitions, and old months movable to another
/// tablespace without leaving the log.
///
/// Appends record `now()`, so events of other months are written by the owner with an
/// explicit `recorded_at` (the application role may not choose it), through the same
/// append guard.
@Suite("The partitioned log")
struct PartitionedLogTests {
    static let logger = TestDatabase.logger

    /// The first instant (UTC) of the month `offset` months from the current one.
    static func monthStart(_ offset: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let now = calendar.dateComponents([.year, .month], from: Date())
        return calendar.date(from: DateComponents(year: now.year, month: now.month! + offset, day: 1))!
    }

    /// Appends as the owner, recorded at `instant`, in one statement through `events`.
    static func insert(
        _ rows: [(stream: String, version: Int64, id: UUID)], recordedAt instant: Date, on client: PostgresClient
    ) async throws {
        let values = rows.map { "('\($0.stream)', \($0.version), '\($0.id)', 'Owned', '{}', \(literal(instant)))" }
            .joined(separator: ", ")
        try await client.query(PostgresQuery(unsafeSQL: """
            INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, recorded_at) VALUES \(values)
            """), logger: logger)
    }

    static func literal(_ instant: Date) -> String {
        "to_timestamp(\(instant.timeIntervalSince1970))"
    }

    /// The partition each event of `stream` is stored in, by version.
    static func partitions(of stream: String, on client: PostgresClient) async throws -> [String] {
        let rows = try await client.query(
            "SELECT tableoid::regclass::text FROM events WHERE stream_id = \(stream) ORDER BY stream_version", logger: logger)
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }

    static func refusal(of sql: String, on client: PostgresClient) async -> PSQLError? {
        do {
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            return nil
        } catch let error as PSQLError {
            return error
        } catch {
            return nil
        }
    }

    static func partitionName(_ month: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: month)
        return String(format: "events_%04d_%02d", parts.year!, parts.month!)
    }

    @Test func appendsAcrossAMonthBoundaryLandInTwoPartitions() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 1)
                let boundary = Self.monthStart(1)
                try await Self.insert([("boundary-1", 1, UUID())], recordedAt: boundary.addingTimeInterval(-0.001), on: admin)
                try await Self.insert([("boundary-1", 2, UUID())], recordedAt: boundary, on: admin)
                #expect(try await Self.partitions(of: "boundary-1", on: admin)
                    == [Self.partitionName(Self.monthStart(0)), Self.partitionName(boundary)])
            }
            let next = try await store.append(to: "boundary-1", expecting: .exactly(2), EventFactory.events(1))
            #expect(next.streamVersion == 3)
            #expect(try await store.readStream("boundary-1").map(\.streamVersion) == [1, 2, 3])
            let log = try await store.drain()
            #expect(log.map(\.streamVersion) == [1, 2, 3])
            #expect(zip(log, log.dropFirst()).allSatisfy { $0.checkpoint < $1.checkpoint })
        }
    }

    @Test func anEventIDStoredInAnotherMonthIsAnIdempotentRetryOrARefusal() async throws {
        try await TestDatabase.withEventStore { store, database in
            let id = UUID()
            let original = try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 2)
                try await Self.insert([("kept-1", 1, id)], recordedAt: Self.monthStart(2).addingTimeInterval(3600), on: admin)
                let rows = try await admin.query("SELECT position FROM events WHERE event_id = \(id)", logger: Self.logger)
                var position: Int64 = -1
                for try await value in rows.decode(Int64.self) { position = value }
                return position
            }
            let event = NewEvent(id: id, type: "Owned", payload: "{}")
            // Alone and in a batch (the single-event path goes through group commit).
            let retry = try await store.append(to: "kept-1", [event])
            #expect(retry.wasAlreadyStored && retry.firstPosition == original && retry.streamVersion == 1)
            await #expect(throws: AppendError.self) { try await store.append(to: "other-1", [event]) }
            await #expect(throws: AppendError.self) {
                try await store.append(to: "other-2", [NewEvent(type: "New", payload: "{}"), event])
            }
            // The owner's direct insert of the same id in this month: the global key refuses it.
            try await database.withAdministrator { admin in
                let error = try #require(await Self.refusal(of: """
                    INSERT INTO events (stream_id, stream_version, event_id, event_type, payload)
                    VALUES ('other-3', 1, '\(id)', 'Owned', '{}')
                    """, on: admin))
                #expect(error.serverInfo?[.sqlState] == "23505")
                #expect(error.serverInfo?[.constraintName] == "events_event_id_key")
            }
            #expect(try await store.drain().map(\.id) == [id])
        }
    }

    @Test func streamVersionsStayUniqueAcrossMonths() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "versions-1", EventFactory.events(2))
            try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 1)
                let later = Self.monthStart(1).addingTimeInterval(60)
                for version: Int64 in [1, 2] {
                    let error = try #require(await Self.refusal(of: """
                        INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, recorded_at)
                        VALUES ('versions-1', \(version), gen_random_uuid(), 'Forged', '{}', \(Self.literal(later)))
                        """, on: admin))
                    #expect(error.serverInfo?[.sqlState] == "23505")
                    #expect(error.serverInfo?[.constraintName] == "events_stream_version_key")
                }
                // Versions 1, 1, 3 in one statement: min, max and count look continuous.
                let error = try #require(await Self.refusal(of: """
                    INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, recorded_at)
                    VALUES ('versions-2', 1, gen_random_uuid(), 'Forged', '{}', now()),
                           ('versions-2', 1, gen_random_uuid(), 'Forged', '{}', \(Self.literal(later))),
                           ('versions-2', 3, gen_random_uuid(), 'Forged', '{}', \(Self.literal(later)))
                    """, on: admin))
                #expect(error.serverInfo?[.sqlState] == "23505")
            }
            #expect(try await store.readStream("versions-1").map(\.streamVersion) == [1, 2])
            #expect(try await store.readStream("versions-2").isEmpty)
            #expect(try await store.streamVersion("versions-2") == 0)
        }
    }

    /// A transaction open on an event of next month's partition holds back a later commit
    /// into this month's, then both are read once, in commit order of their transactions.
    @Test func gapSafeReadingAcrossPartitions() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 1)
                try await admin.withConnection { slow in
                    try await slow.query("BEGIN", logger: Self.logger)
                    try await slow.query(PostgresQuery(unsafeSQL: """
                        INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, recorded_at)
                        VALUES ('slow-1', 1, gen_random_uuid(), 'Slow', '{}', \(Self.literal(Self.monthStart(1))))
                        """), logger: Self.logger)
                    try await store.append(to: "fast-1", EventFactory.events(1))
                    #expect(try await store.readAll(after: .start).isEmpty, "the fast event must wait for the slow one")
                    #expect(try await store.hasPendingEvents(after: .start))
                    try await slow.query("COMMIT", logger: Self.logger)
                }
                #expect(try await Self.partitions(of: "slow-1", on: admin) == [Self.partitionName(Self.monthStart(1))])
                #expect(try await Self.partitions(of: "fast-1", on: admin) == [Self.partitionName(Self.monthStart(0))])
            }
            let log = try await store.drain()
            #expect(log.map(\.streamID.rawValue) == ["slow-1", "fast-1"])
        }
    }

    static let rewrites = ["UPDATE %@ SET event_type = 'Forged'", "DELETE FROM %@", "TRUNCATE %@"]

    /// Every partition, the default one and one made by hand included, refuses rewrites
    /// named on the partition itself, for the owner (CB003) and the application (42501).
    @Test func everyPartitionRefusesRewrites() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "kept-1", EventFactory.events(1))
            try await database.withAdministrator { admin in
                let partitions = LogPartitions(client: admin, logger: Self.logger)
                try await partitions.ensure(monthsAhead: 1)
                try await Self.insert([("kept-1", 2, UUID())], recordedAt: Self.monthStart(-30), on: admin)  // default
                try await admin.query("""
                    CREATE TABLE events_by_hand PARTITION OF events
                       FOR VALUES FROM ('1990-01-01 00:00Z') TO ('1990-02-01 00:00Z')
                    """, logger: Self.logger)
                try await Self.insert([("kept-1", 3, UUID())], recordedAt: Date(timeIntervalSince1970: 632_000_000), on: admin)
                let names = try await partitions.list().map(\.name)
                #expect(names.contains("events_default") && names.contains("events_by_hand"))
                for name in names {
                    for template in Self.rewrites {
                        let sql = String(format: template, name)
                        // The one made by hand got its statement triggers from the event
                        // trigger (the tests migrate as a superuser).
                        let owner = await Self.refusal(of: sql, on: admin)
                        #expect(owner?.serverInfo?[.sqlState] == "CB003", "\(sql)")
                        let application = await Self.refusal(of: sql, on: store.client)
                        #expect(application?.serverInfo?[.sqlState] == "42501", "\(sql)")
                    }
                }
                #expect(try await Self.partitions(of: "kept-1", on: admin).count == 3)
            }
            #expect(try await store.readStream("kept-1").map(\.type) == ["SomethingHappened", "Owned", "Owned"])
        }
    }

    /// An insert naming a partition goes through the append guard too.
    @Test func aDirectInsertIntoAPartitionIsGuarded() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "guarded-1", EventFactory.events(1))
            let partition = Self.partitionName(Self.monthStart(0))
            try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 0)
                let gap = try #require(await Self.refusal(of: """
                    INSERT INTO \(partition) (position, stream_id, stream_version, event_id, event_type, payload)
                    VALUES (nextval('events_position_seq'), 'guarded-1', 5, gen_random_uuid(), 'Forged', '{}')
                    """, on: admin))
                #expect(gap.serverInfo?[.sqlState] == "CB004")
                try await admin.query(PostgresQuery(unsafeSQL: """
                    INSERT INTO \(partition) (position, stream_id, stream_version, event_id, event_type, payload)
                    VALUES (nextval('events_position_seq'), 'guarded-1', 2, gen_random_uuid(), 'Continued', '{}')
                    """), logger: Self.logger)
            }
            #expect(try await store.streamVersion("guarded-1") == 2)
            let next = try await store.append(to: "guarded-1", expecting: .exactly(2), EventFactory.events(1))
            #expect(next.streamVersion == 3)
        }
    }

    /// An event recorded in a month without a partition lands in the default one; the next
    /// `ensure` makes its month and moves it there, with its position, still append-only.
    @Test func theDefaultPartitionCatchesAMonthUntilItIsMade() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await store.append(to: "early-1", EventFactory.events(1))
            let before = try await store.drain()
            try await database.withAdministrator { admin in
                let far = Self.monthStart(40).addingTimeInterval(86_400)
                try await Self.insert([("far-1", 1, UUID())], recordedAt: far, on: admin)
                #expect(try await Self.partitions(of: "far-1", on: admin) == ["events_default"])
                let logBefore = try await store.drain()
                let made = try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 0)
                #expect(made.contains(Self.partitionName(Self.monthStart(40))))
                #expect(try await Self.partitions(of: "far-1", on: admin) == [Self.partitionName(Self.monthStart(40))])
                #expect(try await store.drain().map(\.checkpoint) == logBefore.map(\.checkpoint))
                let error = await Self.refusal(of: "DELETE FROM \(Self.partitionName(Self.monthStart(40)))", on: admin)
                #expect(error?.serverInfo?[.sqlState] == "CB003")
                let defaultRewrite = await Self.refusal(of: "DELETE FROM events_default", on: admin)
                #expect(defaultRewrite?.serverInfo?[.sqlState] == "CB003", "the default partition's triggers are back on")
            }
            #expect(before.count == 1)
            #expect(try await store.drain().count == 2)
        }
    }

    /// An old month moved to a tablespace in another directory stays in the log: the log
    /// reads whole and identical, appends carry on, and rewrites stay refused there.
    @Test func anOldMonthMovesToAnotherTablespace() async throws {
        try await TestDatabase.withEventStore { store, database in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cb-tablespace-\(UUID().uuidString.prefix(8))")
            let tablespace = "cheap_" + UUID().uuidString.prefix(8).lowercased()
            let old = Self.monthStart(-3)
            try await database.withAdministrator { admin in
                try await Self.prepareTablespaceDirectory(directory, for: admin)
                try await admin.query(PostgresQuery(unsafeSQL: "CREATE TABLESPACE \(tablespace) LOCATION '\(directory.path)'"),
                                      logger: Self.logger)
            }
            do {
                try await database.withAdministrator { admin in
                    let partitions = LogPartitions(client: admin, logger: Self.logger)
                    try await admin.query("SELECT events_ensure_month_partition(\(old))", logger: Self.logger)
                    try await Self.insert((1...50).map { (stream: "archived-1", version: Int64($0), id: UUID()) }, recordedAt: old, on: admin)
                    try await store.append(to: "current-1", EventFactory.events(3))
                    let before = try await store.drain()
                    let moved = try await partitions.moveMonths(endingBy: Self.monthStart(-1), to: tablespace)
                    #expect(moved == [Self.partitionName(old)])
                    let listed = try await partitions.list().first { $0.name == Self.partitionName(old) }
                    #expect(listed?.tablespace == tablespace)
                    let indexes = try await admin.query("""
                        SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
                          JOIN pg_tablespace t ON t.oid = c.reltablespace
                         WHERE x.indrelid = \(Self.partitionName(old))::regclass AND t.spcname = \(tablespace)
                        """, logger: Self.logger)
                    // Primary key, log order, stream order (0031 dropped the event_id index: event_keys has it).
                    for try await count in indexes.decode(Int64.self) { #expect(count == 3, "the partition's indexes moved too") }
                    let after = try await store.drain()
                    #expect(after.map(\.checkpoint) == before.map(\.checkpoint))
                    #expect(after.map(\.payload) == before.map(\.payload))
                    #expect(try await store.readStream("archived-1").count == 50)
                    try await store.append(to: "archived-1", expecting: .exactly(50), EventFactory.events(1))
                    let rewrite = await Self.refusal(of: "DELETE FROM \(Self.partitionName(old))", on: admin)
                    #expect(rewrite?.serverInfo?[.sqlState] == "CB003")
                    // Moving it again is a no-op; moving it back empties the tablespace.
                    #expect(try await partitions.moveMonths(endingBy: Self.monthStart(-1), to: tablespace).isEmpty)
                    try await partitions.move(Self.partitionName(old), to: "pg_default")
                    #expect(try await store.drain().count == before.count + 1)
                }
            } catch {
                try? await database.withAdministrator { admin in
                    try await LogPartitions(client: admin, logger: Self.logger).move(Self.partitionName(old), to: "pg_default")
                }
                try? await Self.dropTablespace(tablespace, database: database)
                try? FileManager.default.removeItem(at: directory)
                throw error
            }
            try await Self.dropTablespace(tablespace, database: database)
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// The server must own a tablespace's directory: when these tests run as root, the
    /// server runs as the owner of its data directory.
    static func prepareTablespaceDirectory(_ directory: URL, for admin: PostgresClient) async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let rows = try await admin.query("SELECT current_setting('data_directory')", logger: logger)
        var dataDirectory = ""
        for try await path in rows.decode(String.self) { dataDirectory = path }
        let owner = try FileManager.default.attributesOfItem(atPath: dataDirectory)
        if let uid = owner[.ownerAccountID] as? NSNumber, let gid = owner[.groupOwnerAccountID] as? NSNumber, geteuid() == 0 {
            guard chown(directory.path, uid_t(uid.uint32Value), gid_t(gid.uint32Value)) == 0 else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: directory.path])
            }
        }
    }

    static func dropTablespace(_ name: String, database: TestDatabase) async throws {
        try await database.withAdministrator { client in
            try await client.query(PostgresQuery(unsafeSQL: "DROP TABLESPACE IF EXISTS \(name)"), logger: logger)
        }
    }

    /// A bulk import finds ids stored in any month (skipped in their stream, refused in
    /// another) and keeps event_keys whole.
    @Test func bulkImportsSeeIDsOfEveryMonth() async throws {
        try await TestDatabase.withEventStore { store, database in
            let stored = UUID()
            try await database.withAdministrator { admin in
                try await LogPartitions(client: admin, logger: Self.logger).ensure(monthsAhead: 1)
                try await Self.insert([("bulk-1", 1, stored)], recordedAt: Self.monthStart(1), on: admin)
            }
            let again = NewEvent(id: stored, type: "Owned", payload: "{}")
            let result = try await store.appendBulk([
                StreamAppend(stream: "bulk-1", expected: .any, events: [again] + EventFactory.events(3)),
                StreamAppend(stream: "bulk-2", expected: .noStream, events: EventFactory.events(2)),
            ])
            #expect(result.appended == 5 && result.alreadyStored == 1)
            await #expect(throws: AppendError.self) {
                try await store.appendBulk([StreamAppend(stream: "bulk-3", expected: .any, events: [again])])
            }
            #expect(try await store.readStream("bulk-1").map(\.streamVersion) == [1, 2, 3, 4])
            try await database.withAdministrator { admin in
                let rows = try await admin.query("""
                    SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_keys),
                           (SELECT count(*) FROM events e JOIN event_keys k USING (event_id, stream_id, stream_version, position))
                    """, logger: Self.logger)
                for try await (events, keys, matching) in rows.decode((Int64, Int64, Int64).self) {
                    #expect(events == 6 && keys == 6 && matching == 6)
                }
            }
        }
    }
}
