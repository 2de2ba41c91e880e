import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 16, item 3: migrations queued on a session-level advisory lock, taken and released
/// by separate statements. Through PgBouncer in transaction mode each statement may run in
/// another server session, so the lock could stay held by a pooled server session after the
/// run (wedging the next migration) or be taken twice by one session (no exclusion at all).
/// The lock is now taken in each migration's transaction.
@Suite("Schema migrations through PgBouncer")
struct MigrationThroughPgBouncerTests {
    @Test func concurrentRunsThroughPgBouncerApplyOnceAndLeaveNoLockHeld() async throws {
        try await TestDatabase.withFresh(migrated: false) { database in
            try await PgBouncer.with(inFrontOf: database.administratorURL, poolSize: 2) { bouncer in
                try await PostgresClient.withRunningClient(
                    bouncer.through(database.administratorURL), logger: TestDatabase.logger, maximumConnections: 8
                ) { client in
                    let reports = try await withThrowingTaskGroup(of: Migrator.Report.self) { group in
                        for _ in 0..<4 {
                            group.addTask { try await Migrator(client: client, logger: TestDatabase.logger).migrate(MigrationTests.migrations) }
                        }
                        return try await group.reduce(into: []) { $0.append($1) }
                    }
                    #expect(reports.map(\.applied.count).reduce(0, +) == 2)
                }
                // While the bouncer still keeps its server sessions: none holds the lock.
                try await database.withAdministrator { admin in
                    #expect(try await TestDatabase.advisoryLockHolder(
                        AdvisoryLockKey.migrations, client: admin, database: database.name) == nil)
                    let rows = try await admin.query("SELECT count(*)::int FROM schema_migrations", logger: TestDatabase.logger)
                    for try await count in rows.decode(Int.self) { #expect(count == 2) }
                }
            }
        }
    }
}
