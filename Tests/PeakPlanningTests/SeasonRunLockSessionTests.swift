import EventStore
import Foundation
import Logging
@testable import PeakPlanning
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 16, item 3: the season run lock is session-level, taken and released by separate
/// statements. It was taken on the store's pooled client: through PgBouncer in transaction
/// mode the release could run in another server session and leave the lock held there. It
/// is now taken on the store's session client (the direct URL).
@Suite("The season run lock behind PgBouncer")
struct SeasonRunLockSessionTests {
    static let sessionName = "season-lock-sessions-test"

    @Test func theLockIsHeldOnTheDirectSessionAndReleasedAfterTheRun() async throws {
        let logger = TestDatabase.logger
        try await TestDatabase.withFresh { database in
            try await PgBouncer.with(inFrontOf: database.applicationURL) { bouncer in
                try await PostgresClient.withRunningClient(
                    database.applicationURL, logger: logger, maximumConnections: 2,
                    sessionParameters: [("application_name", Self.sessionName)]
                ) { sessions in
                    try await PostgresClient.withRunningClient(bouncer.through(database.applicationURL), logger: logger) { pooled in
                        let store = EventLog(client: pooled, sessions: sessions, logger: logger)
                        try await database.withAdministrator { admin in
                            let holder = try await SeasonRunLock.withLock(store, logger: logger) {
                                let pid = try #require(try await TestDatabase.advisoryLockHolder(
                                    SeasonRunLock.key, client: admin, database: database.name))
                                let rows = try await admin.query(
                                    "SELECT application_name FROM pg_stat_activity WHERE pid = \(pid)", logger: logger)
                                for try await name in rows.decode(String.self) { return name }
                                return ""
                            }
                            #expect(holder == Self.sessionName)
                            // Released with the run: no session holds it now.
                            #expect(try await TestDatabase.advisoryLockHolder(
                                SeasonRunLock.key, client: admin, database: database.name) == nil)
                        }
                    }
                }
            }
        }
    }
}
