import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// `projections rebuild` computes the high-volume read models set-based from the log
/// (``BulkRebuildable``): their tables, their history (`t__history`, `runs__history`) and
/// their quarantine must come out exactly as a catch-up in batches leaves them, whatever
/// the batch size, with transactions longer than a batch, intervals corrected within one
/// transaction, and events the set-based SQL leaves to the batches (poison, or written
/// otherwise).
@Suite("Rebuilding read models set-based from the log")
struct BulkRebuildTests {
    static let bulk: [any Projection] = [
        QueueIntervalsProjection(), ServiceLevelHoursProjection(), AccountLastChangesProjection(),
    ]

    @Test func aSetBasedRebuildEqualsACatchUpInSmallBatches() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // Batches of 3 events: every bulk transaction below is applied in several.
            let harness = ReadModelHarness(store: store, batchSize: 3)
            try await ChangingHistory.write(store) { try await harness.settle() }
            var world = WorldLog(store: store)
            try await Self.longTransactions(store, &world, settle: harness.settle)
            // A queue's interval in another queue's stream: the two queues' stream ranges
            // overlap, and the short transactions of the load must not split them.
            try await PoisonEventTests.appendDirectly(store, "intervals-PET-V-2026-11", IntervalReported.eventType, [
                "queueID": "TAB-V", "start": "2026-11-12T10:00:00Z", "length": 30,
                "figures": ["offered": 10, "handled": 9, "abandoned": 1, "shortAbandoned": 0,
                            "answeredWithinThreshold": 8, "handleSeconds": 2_000],
            ])
            try await harness.settle()
            let caughtUp = try await Self.dumpAll(harness)
            #expect(caughtUp["queue_intervals"]?["intervals"]?.contains { $0.contains(",1)") } == true, "a correction")

            let heard = Heard()
            var engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            engine.batchSize = 3
            // A transaction per queue (or per overlapping queues): the load comes out as one.
            engine.bulkChunkEvents = 1
            engine.progress = heard.listener
            _ = try await engine.rebuildAll(concurrency: 3)
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name)")
            }
            // Loaded in one go, not in batches of 3.
            let applied = Dictionary(uniqueKeysWithValues: try await engine.status().map { ($0.name, $0.eventsApplied) })
            for projection in Self.bulk {
                let first = heard.told.first { $0.projection == projection.name }
                #expect(first?.applied == Int(applied[projection.name] ?? -1), "\(projection.name)")
            }
        }
    }

    /// A payload the set-based SQL does not take (a fractional start, figures beyond 32 bits,
    /// a garbled payload, an unknown schema version): the rebuild loads everything before the
    /// first of them in bulk, then applies the rest in batches; tables, history and
    /// quarantine equal the catch-up's.
    @Test func eventsLeftToTheBatchesKeepTheirQuarantine() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let harness = ReadModelHarness(store: store, batchSize: 4)
            var world = WorldLog(store: store)
            try await Worlds.serviceLevels(&world)
            try await harness.settle()
            let figures = ChangingHistory.figures(70)
            var payload: [String: Any] = [
                "queueID": "TAB-V", "start": "2026-11-20T10:00:00.500Z", "length": 30,
                "figures": ["offered": 100, "handled": 100, "abandoned": 0, "shortAbandoned": 0,
                            "answeredWithinThreshold": 70, "handleSeconds": 20_000],
            ]
            try await PoisonEventTests.appendDirectly(store, "intervals-TAB-V-2026-11", IntervalReported.eventType, payload)
            try await Self.longTransactions(store, &world, settle: harness.settle)
            var huge = try #require(payload["figures"] as? [String: Any])
            huge["offered"] = 3_000_000_000
            payload["figures"] = huge
            payload["start"] = "2026-11-20T11:00:00Z"
            let tooMany = try await PoisonEventTests.appendDirectly(store, "intervals-TAB-V-2026-11", IntervalReported.eventType, payload)
            let garbled = try await PoisonEventTests.appendDirectly(
                store, "intervals-TAB-V-2026-11", IntervalCorrected.eventType, text: "{\"queueID\":17}")
            try await store.append(to: EventStore.StreamID("intervals-TAB-V-2026-11"), [
                NewEvent(id: UUID(), type: IntervalReported.eventType, schemaVersion: 2, payload: "{}"),
            ])
            try await world.report("PET-V", at: utc("2026-11-21T10:00:00Z"), figures)
            try await world.report("PET-V", at: utc("2026-11-21T10:00:00Z"), ChangingHistory.figures(10))
            try await harness.settle()
            let caughtUp = try await Self.dumpAll(harness)
            let quarantine = try await Self.quarantine(harness)
            #expect(quarantine.contains { $0.hasPrefix("queue_intervals \(tooMany)") })
            #expect(quarantine.contains { $0.hasPrefix("service_level_hours \(garbled)") })

            _ = try await harness.engine.rebuildAll(concurrency: 2)
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name)")
            }
            #expect(try await Self.quarantine(harness) == quarantine)
            // The same with the load in a transaction per queue, up to the first irregular event.
            var chunked = harness.engine
            chunked.bulkChunkEvents = 1
            _ = try await chunked.rebuildAll(concurrency: 2)
            for projection in CallboardReadModels.all {
                #expect(try await harness.dump(projection) == caughtUp[projection.name], "\(projection.name), chunked")
            }
            #expect(try await Self.quarantine(harness) == quarantine)
        }
    }

    /// While a set-based load runs, the log is not held back: an event another session
    /// appends while the rebuild stands between two of its transactions (stopped as its
    /// second transaction begins writing, after the first committed) is read by `readAll`
    /// at once. With the whole load in one transaction (before issue 16's short
    /// transactions) the rebuild never reaches a second transaction with the first
    /// committed, and an event appended while it loads stays unread until it commits.
    @Test func anEventAppendedWhileARebuildLoadsIsReadBeforeTheRebuildEnds() async throws {
        try await TestDatabase.withEventStore { store, database in
            var world = WorldLog(store: store)
            try await Worlds.serviceLevels(&world)
            try await Self.longTransactions(store, &world) {}
            let projection = QueueIntervalsProjection()
            var engine = ProjectionEngine(store: store, projections: [projection], logger: TestDatabase.logger)
            engine.bulkChunkEvents = 1
            try await engine.install()
            let rebuilding = engine
            let history = "rm_\(projection.name)_rebuild.intervals__history"
            try await SecondChunkStop.armed(database, table: history) { stop in
                let rebuild = Task { try await rebuilding.rebuild(projection) }
                var failure: (any Error)?
                do {
                    let stopped = try await stop.waitForStoppedSession()
                    // The first transaction of the load is committed: its rows are readable.
                    let first = try await stop.count(history)
                    #expect(first > 0)
                    let head = try await store.headCheckpoint()
                    let appended = try await PoisonEventTests.appendDirectly(store, "account-TAB", "AccountNoteRecorded", text: "{}")
                    // The rebuild is still stopped; the event is read well before any deadline.
                    var read = false
                    let deadline = ContinuousClock.now + .seconds(30)
                    while !read, ContinuousClock.now < deadline {
                        read = try await store.readAll(after: head).contains { $0.id == appended }
                        if !read { try await Task.sleep(for: .milliseconds(50)) }
                    }
                    #expect(read, "an event appended during the rebuild's load was held back behind it")
                    #expect(try await stop.isStopped(stopped), "the rebuild was still loading")
                } catch {
                    failure = error
                }
                try await stop.release()
                _ = try await rebuild.value
                if let failure { throw failure }
            }
            // And the load came out whole: one version per queue, interval and run, as batches leave it.
            let harness = ReadModelHarness(store: store, batchSize: 3)
            let rebuilt = try await harness.dump(projection)
            try await harness.engine.rebuild(projection)
            #expect(try await harness.dump(projection) == rebuilt)
        }
    }

    /// Transactions longer than any batch: reports and, in the same transaction, corrections
    /// of some of them; an interval corrected in one transaction and again in the next.
    static func longTransactions(
        _ store: EventLog, _ world: inout WorldLog, settle: () async throws -> Void
    ) async throws {
        let day = utc("2026-11-10T00:00:00Z")
        var rows: [(QueueID, Date, ContactIntervalFigures)] = []
        for half in 0..<12 {
            for queue in ["TAB-V", "PET-V"] as [QueueID] {
                rows.append((queue, day + Double(half) * 1800, ChangingHistory.figures(40 + half)))
            }
        }
        rows += [("TAB-V", day, ChangingHistory.figures(90)), ("TAB-V", day + 1800, ChangingHistory.figures(91))]
        try await ChangingHistory.bulkIntervals(store, rows, known: &world)
        try await settle()
        try await ChangingHistory.bulkIntervals(store, [
            ("TAB-V", day, ChangingHistory.figures(20)), ("PET-V", day + 3600, ChangingHistory.figures(21)),
            ("PET-E", day, ChangingHistory.figures(22)),
        ], known: &world)
    }

    /// Every read model's tables, history tables included.
    static func dumpAll(_ harness: ReadModelHarness) async throws -> [String: [String: [String]]] {
        var dumps: [String: [String: [String]]] = [:]
        for projection in CallboardReadModels.all { dumps[projection.name] = try await harness.dump(projection) }
        return dumps
    }

    /// The quarantine: projection, event id and reason of each event.
    static func quarantine(_ harness: ReadModelHarness) async throws -> [String] {
        try await harness.engine.quarantined().map { "\($0.projection) \($0.eventID) \($0.reason)" }.sorted()
    }
}

/// What a progress listener was told, in order.
final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var heard: [ProjectionProgress] = []

    var listener: ProjectionProgress.Listener { { [self] progress in lock.withLock { heard.append(progress) } } }
    var told: [ProjectionProgress] { lock.withLock { heard } }
}

/// Stops a session as it begins inserting into a table created later (a rebuild schema's),
/// once the table holds committed rows: the second transaction of a chunked load. The
/// trigger is added, as the table is created, by an event trigger of the test database; the
/// session waits for an advisory lock the test holds (`wait_event = 'advisory'`).
private struct SecondChunkStop: Sendable {
    let client: PostgresClient
    let admin: PostgresConnection
    let database: String
    static let lockKey: Int64 = 0x6368_756E_6B00

    static func armed<Result: Sendable>(
        _ database: TestDatabase, table: String, _ body: @Sendable (SecondChunkStop) async throws -> Result
    ) async throws -> Result {
        try await database.withAdministrator { client in
            try await client.withConnection { admin in
                let logger = TestDatabase.logger
                try await admin.query(PostgresQuery(unsafeSQL: """
                    CREATE FUNCTION second_chunk_wait() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM \(table)) THEN
                            PERFORM pg_advisory_lock_shared(\(lockKey));
                            PERFORM pg_advisory_unlock_shared(\(lockKey));
                        END IF;
                        RETURN NULL;
                    END $$
                    """), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: """
                    CREATE FUNCTION second_chunk_install() RETURNS event_trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands()
                                    WHERE command_tag = 'CREATE TABLE' AND object_identity = '\(table)') THEN
                            EXECUTE 'CREATE TRIGGER second_chunk_stop BEFORE INSERT ON \(table) '
                                    'FOR EACH STATEMENT EXECUTE FUNCTION second_chunk_wait()';
                        END IF;
                    END $$
                    """), logger: logger)
                try await admin.query(
                    "CREATE EVENT TRIGGER second_chunk ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION second_chunk_install()",
                    logger: logger)
                try await admin.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
                let stop = SecondChunkStop(client: client, admin: admin, database: database.name)
                do {
                    let result = try await body(stop)
                    try await stop.release()
                    try await admin.query("DROP EVENT TRIGGER second_chunk", logger: logger)
                    return result
                } catch {
                    try? await stop.release()
                    throw error
                }
            }
        }
    }

    /// Waits until a session stops (at most 60 s); returns its pid.
    func waitForStoppedSession() async throws -> Int32 {
        try await FaultSession(client: client, database: database).waitForStoppedSession(timeout: .seconds(60))
    }

    func isStopped(_ pid: Int32) async throws -> Bool {
        let rows = try await client.query(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = \(pid) AND wait_event = 'advisory'", logger: TestDatabase.logger)
        for try await count in rows.decode(Int64.self) { return count == 1 }
        return false
    }

    func count(_ table: String) async throws -> Int64 {
        let rows = try await client.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), logger: TestDatabase.logger)
        for try await count in rows.decode(Int64.self) { return count }
        return 0
    }

    /// Lets the stopped sessions go (idempotent).
    func release() async throws {
        try await admin.query("SELECT pg_advisory_unlock_all()", logger: TestDatabase.logger)
    }
}
