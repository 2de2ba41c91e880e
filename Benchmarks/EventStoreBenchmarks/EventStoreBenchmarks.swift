import Benchmark
import EventStore
import Foundation
import PostgresNIO

// The event store's throughput (issue 2, item 11), against a private cluster started for
// the run: `ClusterSettings.tuned` or PostgreSQL's defaults (`CALLBOARD_BENCH_SETTINGS`).
// Every benchmark gets a fresh database. `Benchmarks/run.sh` runs the suite under both
// configurations and prints the ratios the targets are stated in; see Benchmarks/README.md.
//
//   A  single-event appends, each to a new stream (expecting .noStream): 1 writer,
//      8 concurrent writers, and 8 writers with the subscriber NOTIFY switched off;
//      and (A0) the same rows as plain one-row INSERTs into `plain_events`, one commit each;
//      all four interleaved in one benchmark, so their ratios compare side-by-side figures;
//   B  100-event appends to new streams vs one multi-row INSERT ... SELECT FROM unnest
//      of the same rows into `plain_events` (same shape and indexes, no store logic),
//      the store's appends without the NOTIFY, and (B4) from eight writers; B2k is B2 into
//      `plain_keyed_events`, whose event_id and (stream_id, stream_version) are unique;
//   C  one bulk append (COPY) of 200,000 events over 2,000 streams vs a plain COPY of the
//      same rows into `plain_events`;
//   D  reading that whole log with readAll, 1,000 events per batch.

let benchmarks: @Sendable () -> Void = {
    singleAppends()
    batchAppends()
    bulkAppends()
    readWholeLog()
}

/// Events per iteration of the A and B benchmarks: with `scalingFactor: .kilo` the
/// wall-clock column then reads as the time per event. (package-benchmark's own
/// throughput metric counts whole iterations per second, which rounds to 0 or 1 here;
/// the `Events/s` metric is the figure to read.)
let eventsPerSmallIteration = 1_000
let bulkStreams = 2_000
let bulkEventsPerStream = 100
let bulkEvents = bulkStreams * bulkEventsPerStream

func configuration(warmup: Int, iterations: Int, seconds: Int, scaling: BenchmarkScalingFactor) -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, Recorder.eventsPerSecond],
        timeUnits: scaling == .kilo ? .microseconds : .milliseconds,
        warmupIterations: warmup,
        scalingFactor: scaling,
        maxDuration: .seconds(seconds),
        maxIterations: iterations
    )
}

/// State a benchmark's setup hands its iterations (one benchmark runs per process).
final class Shared<Value>: @unchecked Sendable {
    var value: Value?
    var round = 0

    func nextRound() -> Int {
        round += 1
        return round
    }
}

// MARK: - A: single-event appends

/// A0-A3 in one process and one database, interleaved: every iteration appends 1,000 events
/// four ways, in an order that rotates from one iteration to the next, so that a change in
/// the machine's load over the run weighs on all four alike and the ratios (A2/A1, A1/A0,
/// 1 - A2/A3) compare figures taken side by side. run.sh takes the median of each.
///
/// - A0: plain one-row INSERTs into `plain_events`, one commit each, 1 writer;
/// - A1: single-event appends from 1 writer, each to its own new stream (`.noStream`);
/// - A2: the same from 8 concurrent tasks sharing one store (and so its group commit);
/// - A3: A2 through a second store on the same client with the NOTIFY switched off.
func singleAppends() {
    struct Setup {
        let session: BenchSession
        let notifying: EventLog
        let silent: EventLog
        let probe: CostProbe
    }
    let shared = Shared<Setup>()
    Benchmark(
        "A single-event appends: A0 plain INSERT, A1 1 writer, A2 8 writers, A3 8 writers without NOTIFY (interleaved)",
        configuration: configuration(warmup: 1, iterations: 12, seconds: 90, scaling: .kilo)
    ) { benchmark in
        let setup = shared.value!
        let round = shared.nextRound()
        let measured = benchmark.currentIteration >= benchmark.configuration.warmupIterations
        let order = ["A0", "A1", "A2", "A3"]
        let rotation = round % order.count
        benchmark.startMeasurement()
        for key in order[rotation...] + order[..<rotation] {
            let work = singleEventWork(round: round, key: key)
            // Test data is built before the timed region (A0's rows carry their metadata as JSON text).
            let plainRows = key != "A0" ? [] : work.flatMap { $0 }.flatMap { stream, event in
                PlainRow.rows(of: [StreamAppend(stream: stream, events: [event])])
            }
            let before = try await setup.probe.read()
            try await Recorder.time(key: key, events: eventsPerSmallIteration, recording: measured) {
                switch key {
                case "A0":
                    for row in plainRows {
                        try await PlainWriter.insertOne(row, client: setup.session.client)
                    }
                case "A1":
                    for (stream, event) in work.flatMap({ $0 }) {
                        try await setup.notifying.append(to: stream, expecting: .noStream, [event])
                    }
                default:
                    let store = key == "A2" ? setup.notifying : setup.silent
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for appends in work {
                            group.addTask {
                                for (stream, event) in appends {
                                    try await store.append(to: stream, expecting: .noStream, [event])
                                }
                            }
                        }
                        try await group.waitForAll()
                    }
                }
            }
            if measured {
                CostProbe.record(key: key, events: eventsPerSmallIteration, from: before, to: try await setup.probe.read())
            }
        }
        benchmark.stopMeasurement()
    } setup: {
        let session = try await BenchSession.open(database: "bench_a", connections: 10)
        shared.value = Setup(
            session: session, notifying: session.store(notifying: true), silent: session.store(notifying: false),
            probe: CostProbe(client: session.client, dataDirectory: session.environment.cluster.dataDirectory))
    } teardown: {
        if let setup = shared.value {
            await setup.notifying.notificationsSent()
            await setup.session.close()
        }
    }
}

/// The 1,000 single events of one round of `key`, per writer (1 writer for A0 and A1, 8 for
/// A2 and A3), each to a stream of its own.
func singleEventWork(round: Int, key: String) -> [[(StreamID, NewEvent)]] {
    let writers = ["A2", "A3"].contains(key) ? 8 : 1
    let perWriter = eventsPerSmallIteration / writers
    let base = (round * 4 + ["A0", "A1", "A2", "A3"].firstIndex(of: key)!) * 10_000
    return (0..<writers).map { writer in
        (0..<perWriter).map { n in
            (StreamID("\(key.lowercased())-r\(round)-w\(writer)-\(n)"), Workload.event(base + writer * perWriter + n))
        }
    }
}

// MARK: - B: 100-event appends vs a plain multi-row INSERT

func batchAppends() {
    let batchSize = 100
    let batches = eventsPerSmallIteration / batchSize

    func freshBatches(round: Int) -> [(StreamID, [NewEvent])] {
        (0..<batches).map { batch in
            (StreamID("batch-r\(round)-\(batch)"),
             (0..<batchSize).map { Workload.event(round * 10_000 + batch * batchSize + $0) })
        }
    }

    func storeAppends(key: String, name: String, notifying: Bool) {
        let store = Shared<(session: BenchSession, store: EventLog)>()
        Benchmark(name, configuration: configuration(warmup: 1, iterations: 10, seconds: 6, scaling: .kilo)) { benchmark in
            let (_, eventStore) = store.value!
            let work = freshBatches(round: store.nextRound())
            try await Recorder.measure(benchmark, key: key, events: eventsPerSmallIteration) {
                for (stream, events) in work {
                    try await eventStore.append(to: stream, expecting: .noStream, events)
                }
            }
        } setup: {
            let session = try await BenchSession.open(database: "bench_\(key.lowercased())", connections: 2)
            store.value = (session, session.store(notifying: notifying))
        } teardown: {
            await store.value?.session.close()
        }
    }
    storeAppends(key: "B1", name: "B1 100-event appends, EventStore.append", notifying: true)
    // Not a target: shows how much of B1's gap to B2 is the NOTIFY round trip.
    storeAppends(key: "B3", name: "B3 100-event appends, EventStore.append, no NOTIFY", notifying: false)

    // B4: eight writers, each appending two 100-event batches to new streams (the peer of
    // pyeventsourcing's 100 events per save from eight writers).
    let concurrent = Shared<(session: BenchSession, store: EventLog)>()
    Benchmark("B4 100-event appends, 8 writers", configuration: configuration(warmup: 1, iterations: 10, seconds: 6, scaling: .kilo)) { benchmark in
        let (_, eventStore) = concurrent.value!
        let round = concurrent.nextRound()
        let work: [[(StreamID, [NewEvent])]] = (0..<8).map { writer in
            (0..<2).map { batch in
                (StreamID("batch8-r\(round)-w\(writer)-\(batch)"),
                 (0..<batchSize).map { Workload.event(round * 10_000 + (writer * 2 + batch) * batchSize + $0) })
            }
        }
        try await Recorder.measure(benchmark, key: "B4", events: 8 * 2 * batchSize) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for appends in work {
                    group.addTask {
                        for (stream, events) in appends {
                            try await eventStore.append(to: stream, expecting: .noStream, events)
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
    } setup: {
        let session = try await BenchSession.open(database: "bench_b4", connections: 9)
        concurrent.value = (session, session.store())
    } teardown: {
        await concurrent.value?.session.close()
    }

    // B2: the baseline of the target; B2k: the same rows into a table whose id and
    // (stream, version) are unique, as a log needs them (not a target, shown beside B2).
    func plainInserts(key: String, name: String, keyed: Bool) {
        let plain = Shared<BenchSession>()
        Benchmark(name, configuration: configuration(warmup: 1, iterations: 10, seconds: 6, scaling: .kilo)) { benchmark in
            let session = plain.value!
            let work = freshBatches(round: plain.nextRound()).map { stream, events in
                PlainRow.rows(of: [StreamAppend(stream: stream, events: events)])
            }
            try await Recorder.measure(benchmark, key: key, events: eventsPerSmallIteration) {
                for rows in work {
                    try await PlainWriter.insert(rows, keyed: keyed, client: session.client)
                }
            }
        } setup: {
            plain.value = try await BenchSession.open(database: "bench_\(key.lowercased())", connections: 1)
        } teardown: {
            await plain.value?.close()
        }
    }
    plainInserts(key: "B2", name: "B2 100-event appends, plain INSERT from unnest", keyed: false)
    plainInserts(key: "B2k", name: "B2k 100-event appends, plain INSERT from unnest, unique keys", keyed: true)
}

// MARK: - C: bulk append through COPY vs a plain COPY

struct BulkSetup: Sendable {
    let session: BenchSession
    let store: EventLog
    let appends: [StreamAppend]
    let rows: [PlainRow]
}

func bulkAppends() {
    let bulk = Shared<BulkSetup>()

    func open(_ database: String) async throws -> BulkSetup {
        let session = try await BenchSession.open(database: database, connections: 1)
        let appends = Workload.bulk(streams: bulkStreams, perStream: bulkEventsPerStream)
        return BulkSetup(session: session, store: session.store(), appends: appends, rows: PlainRow.rows(of: appends))
    }

    Benchmark(
        "C1 bulk append 200k events, EventStore.appendBulk",
        configuration: configuration(warmup: 0, iterations: 3, seconds: 40, scaling: .one)
    ) { benchmark in
        let setup = bulk.value!
        try setup.session.resetTables()
        try await Recorder.measure(benchmark, key: "C1", events: bulkEvents) {
            let result = try await setup.store.appendBulk(setup.appends)
            precondition(result.appended == bulkEvents, "bulk append wrote \(result.appended) events")
        }
    } setup: {
        let setup = try await open("bench_c1")
        // Prime the connection, plans and caches with a small import, unmeasured.
        try await setup.store.appendBulk(Array(setup.appends.prefix(20)))
        bulk.value = setup
    } teardown: {
        await bulk.value?.session.close()
    }

    Benchmark(
        "C2 bulk append 200k events, plain COPY",
        configuration: configuration(warmup: 0, iterations: 3, seconds: 40, scaling: .one)
    ) { benchmark in
        let setup = bulk.value!
        try setup.session.resetTables()
        try await Recorder.measure(benchmark, key: "C2", events: bulkEvents) {
            try await PlainWriter.copy(setup.rows, client: setup.session.client)
        }
    } setup: {
        let setup = try await open("bench_c2")
        try await PlainWriter.copy(Array(setup.rows.prefix(2_000)), client: setup.session.client)
        bulk.value = setup
    } teardown: {
        await bulk.value?.session.close()
    }
}

// MARK: - D: reading the whole log

func readWholeLog() {
    let shared = Shared<(session: BenchSession, store: EventLog)>()
    let batchSize = 1_000
    Benchmark(
        "D1 readAll 200k events, batches of 1000",
        configuration: configuration(warmup: 0, iterations: 4, seconds: 20, scaling: .one)
    ) { benchmark in
        let (_, store) = shared.value!
        try await Recorder.measure(benchmark, key: "D1", events: bulkEvents) {
            var checkpoint = LogCheckpoint.start
            var read = 0
            while true {
                let events = try await store.readAll(after: checkpoint, limit: batchSize)
                guard let last = events.last else { break }
                read += events.count
                checkpoint = last.checkpoint
            }
            precondition(read == bulkEvents, "read \(read) events, expected \(bulkEvents)")
        }
    } setup: {
        let session = try await BenchSession.open(database: "bench_d1", connections: 1)
        let store = session.store(notifying: false)
        // The log as 20 imports of 10,000 events (100 streams of 100 each), then vacuumed
        // as autovacuum would leave it, so that reads do not set hint bits as they go.
        let appends = Workload.bulk(streams: bulkStreams, perStream: bulkEventsPerStream)
        for chunk in stride(from: 0, to: appends.count, by: 100) {
            try await store.appendBulk(Array(appends[chunk..<min(chunk + 100, appends.count)]))
        }
        try session.administer("VACUUM ANALYZE events;")
        // Prime the connection and the plans with one batch, unmeasured.
        _ = try await store.readAll(after: .start, limit: batchSize)
        shared.value = (session, store)
    } teardown: {
        await shared.value?.session.close()
    }
}
