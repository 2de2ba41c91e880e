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

    /// A transaction holding a transaction id in ANOTHER database of the same server (an
    /// analyst's `BEGIN` elsewhere, another application, another test's database) holds
    /// nothing back: events committed after it began are read, the read models catch up, and
    /// no hold is named, while it is still open. One open in THIS database still holds the
    /// log back, and it is the one named. (Before schema/0032 the horizon was the server's
    /// oldest transaction, and the first half waited for the other database's.)
    @Test func aTransactionInAnotherDatabaseHoldsNothingBackOneInThisDatabaseDoes() async throws {
        try await TestDatabase.withEventStore { store, database in
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
            try await engine.install()
            var elsewhere = database.applicationURL
            elsewhere.database = "postgres"
            try await PostgresClient.withRunningClient(elsewhere, logger: Self.logger) { otherDatabase in
                try await otherDatabase.withConnection { foreign in
                    try await foreign.query("SET application_name = 'analyst-elsewhere'", logger: Self.logger)
                    try await foreign.query("BEGIN", logger: Self.logger)
                    var foreignXID = ""
                    for try await xid in try await foreign.query("SELECT pg_current_xact_id()::text", logger: Self.logger)
                        .decode(String.self) { foreignXID = xid }
                    _ = try await ProjectionEngineTests.appendSample(store, count: 3)

                    // The server-wide rule would hold these events back: its xmin is at most
                    // the other database's transaction, which commits nothing here.
                    var oldRuleHolds = false
                    for try await holds in try await store.client.query(
                        "SELECT pg_snapshot_xmin(pg_current_snapshot()) <= \(foreignXID)::xid8", logger: Self.logger
                    ).decode(Bool.self) { oldRuleHolds = holds }
                    #expect(oldRuleHolds)

                    // The log's horizon passes it: everything is read while it stays open.
                    // (A transaction of another test that ends while a read runs may count for
                    // an instant, as any unknown one does: hence a short wait, not a bare read.)
                    let deadline = ContinuousClock.now + .seconds(30)
                    var read = try await store.readAll(after: .start)
                    while read.count < 3, ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(50))
                        read = try await store.readAll(after: .start)
                    }
                    #expect(read.count == 3)
                    let streams = try await store.readStreams((0..<5).map { StreamID("s-\($0)") }, after: .start, limit: 10)
                    #expect(streams.count == 3)
                    #expect(try await store.headCheckpoint() == read.last?.checkpoint)
                    var freshness = try await engine.freshness()
                    while freshness.heldBack, ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(50))
                        freshness = try await engine.freshness()
                    }
                    #expect(!freshness.heldBack)
                    #expect(freshness.head == read.last?.checkpoint)
                    try await engine.catchUpAll()
                    #expect(try await engine.status().first?.eventsApplied == 3)
                    var hold = try await store.logHold()
                    while hold != nil, ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(50))
                        hold = try await store.logHold()
                    }
                    #expect(hold == nil)
                    let readHead = read.last?.checkpoint

                    // A transaction of this database still holds back what commits after it
                    // began, and it, not the older one elsewhere, is named.
                    try await PostgresClient.withRunningClient(database.applicationURL, logger: Self.logger) { local in
                        try await local.withConnection { held in
                            try await held.query("SET application_name = 'analyst-here'", logger: Self.logger)
                            try await held.query("BEGIN", logger: Self.logger)
                            var pid: Int32 = 0
                            for try await found in try await held.query("SELECT pg_backend_pid()", logger: Self.logger)
                                .decode(Int32.self) { pid = found }
                            try await held.query("SELECT pg_current_xact_id()", logger: Self.logger)
                            _ = try await ProjectionEngineTests.appendSample(store, count: 2)

                            #expect(try await store.readAll(after: .start).count == 3)
                            #expect(try await store.headCheckpoint() == readHead)
                            #expect(try await engine.freshness().heldBack)
                            try await engine.catchUpAll()
                            #expect(try await engine.status().first?.eventsApplied == 3)
                            let named = try #require(try await store.logHold())
                            #expect(named.pid == pid)
                            #expect(named.applicationName == "analyst-here")
                            #expect(named.database == database.name)
                            #expect(named.waitingEvents == 2)

                            try await held.query("ROLLBACK", logger: Self.logger)
                        }
                    }
                    // Once it ends, the two are read, the other database's transaction still open.
                    var all = try await store.readAll(after: .start)
                    while all.count < 5, ContinuousClock.now < deadline + .seconds(30) {
                        try await Task.sleep(for: .milliseconds(50))
                        all = try await store.readAll(after: .start)
                    }
                    #expect(all.count == 5)
                    try await engine.catchUpAll()
                    #expect(try await engine.status().first?.eventsApplied == 5)
                    try await foreign.query("ROLLBACK", logger: Self.logger)
                }
            }
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
