import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

@Suite("A forgotten transaction holding the log back")
struct LogHoldTests {
    static let logger = TestDatabase.logger

    /// A session idle in a transaction (as `BEGIN; SELECT txid_current();` left in psql)
    /// holds back every reader; the store names it, with the events waiting behind it.
    @Test func theHoldingSessionIsNamedWithTheEventsWaitingBehindIt() async throws {
        try await TestDatabase.withEventStore { store, database in
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            try await engine.install()
            let heldPID = Collector<Int32>(0)
            try await PostgresClient.withRunningClient(database.applicationURL, logger: Self.logger) { other in
                try await other.withConnection { held in
                    try await held.query("SET application_name = 'forgotten-psql'", logger: Self.logger)
                    try await held.query("BEGIN", logger: Self.logger)
                    var pid: Int32 = 0
                    for try await found in try await held.query("SELECT pg_backend_pid()", logger: Self.logger).decode(Int32.self) {
                        pid = found
                    }
                    try await held.query("SELECT txid_current()", logger: Self.logger)
                    _ = try await ProjectionEngineTests.appendSample(store, count: 3)

                    // Older transactions elsewhere on the shared server end; this one stays the oldest.
                    var hold = try await store.logHold()
                    let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
                    while hold?.pid != pid, ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(50))
                        hold = try await store.logHold()
                    }
                    heldPID.update { $0 = pid }
                    let named = try #require(hold)
                    #expect(named.pid == pid)
                    #expect(named.applicationName == "forgotten-psql")
                    #expect(named.database == database.name)
                    #expect(named.state == "idle in transaction")
                    #expect((named.ageSeconds ?? -1) >= 0)
                    #expect(named.waitingEvents == 3)

                    // The one-query check a report makes says so, so the report can wait for it.
                    #expect(try await engine.freshness().heldBack)

                    // The projection applies nothing while it is held back, and says how far behind it is.
                    try await engine.catchUpAll()
                    let status = try #require(try await engine.status().first)
                    #expect(status.eventsApplied == 0 && status.eventsBehind == 3)

                    try await held.query("ROLLBACK", logger: Self.logger)
                }
            }
            // Once it ends, the events are read.
            try await ProjectionEngineTests.waitUntilApplied(engine, count: 3)
            #expect(try await store.logHold()?.pid != heldPID.current)
        }
    }

    /// The embedded cluster ends a session left idle in a transaction after 5 minutes, so a
    /// forgotten `BEGIN` holds the log back for at most that long.
    @Test func theEmbeddedClusterBoundsIdleTransactions() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var setting = ""
            for try await value in try await store.client.query(
                "SELECT current_setting('idle_in_transaction_session_timeout')", logger: Self.logger
            ).decode(String.self) { setting = value }
            if ProcessInfo.processInfo.environment["CALLBOARD_DATABASE_URL"] == nil {
                #expect(setting == "5min")
            } else {
                #expect(!setting.isEmpty)
            }
        }
    }
}
