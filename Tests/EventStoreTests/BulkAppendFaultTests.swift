import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 11, item 4: an import's bulk append whose session the server ends (or whose
/// server stops) at any step fails with a clear error within a bounded time, or, retried,
/// completes, and in either case nothing is half written.
@Suite("Bulk appends whose connection is lost")
struct BulkAppendFaultTests {
    /// The steps of a bulk append's transaction a session can be cut off at.
    static let steps: [(name: String, point: FaultPoint)] = [
        ("locking the streams, before the COPY", .beforeInsert(into: "streams")),
        ("during the COPY", .beforeInsert(into: "events")),
        ("after the COPY, moving the streams' versions", .beforeUpdate(of: "streams")),
        ("in COMMIT", .atCommit(afterInsertInto: "events")),
    ]

    static let streams: [StreamID] = ["fault-a", "fault-b", "fault-c"]

    /// 40 events of 100 KB per stream, 12 MB in all: more than the sockets buffer, so the
    /// COPY's writer is still waiting to send when its session ends. (Raw PostgresNIO
    /// 1.33.2 then never returns: measured with a 60 MB COPY, it hung for good.)
    static func appends() -> [StreamAppend] {
        let padding = String(repeating: "x", count: 100_000)
        return streams.map { stream in
            StreamAppend(stream: stream, expected: .noStream, events: (0..<40).map {
                NewEvent(type: "Padded", payload: #"{"n":\#($0),"padding":"\#(padding)"}"#)
            })
        }
    }

    static func configuration(attempts: Int) -> EventLog.Configuration {
        var configuration = EventLog.Configuration()
        configuration.deadlines = DatabaseDeadlines(statement: .seconds(20), connect: .seconds(3), writeAttempts: attempts)
        return configuration
    }

    @Test(arguments: 0..<steps.count)
    func aTerminatedSessionFailsTheAppendClearlyAndWritesNothing(_ step: Int) async throws {
        let (name, point) = Self.steps[step]
        try await TestDatabase.withEventStore(configuration: Self.configuration(attempts: 1)) { store, database in
            try await point.armed(in: database) { faults in
                let append = Task { try await store.appendBulk(Self.appends()) }
                let pid = try await faults.waitForStoppedSession()
                try await faults.terminate(pid)
                let error = await #expect(throws: WriteInterrupted.self, "terminated \(name)") {
                    try await TestDeadline.within(TestDeadline.hang, "a bulk append terminated \(name)") { try await append.value }
                }
                #expect(error?.commitWasSent == point.atCommit)
                let text = error.map { "\($0)" } ?? ""
                #expect(text.hasPrefix("database connection lost during bulk append of 120 events to 3 streams"))
                #expect(text.hasSuffix(point.atCommit
                    ? "the commit had been sent when the connection went, so the events may or may not be stored"
                    : "nothing was written (the transaction rolled back)"))
            }
            // All or nothing: the server rolled the transaction back, even the one cut off in COMMIT.
            for stream in Self.streams {
                #expect(try await store.readStream(stream).isEmpty)
                #expect(try await store.streamVersion(stream) == 0)
            }
        }
    }

    @Test(arguments: 0..<steps.count)
    func aTerminatedSessionIsRetriedAndTheAppendCompletesOnce(_ step: Int) async throws {
        let (name, point) = Self.steps[step]
        try await TestDatabase.withEventStore(configuration: Self.configuration(attempts: 2)) { store, database in
            let append = try await point.armed(in: database) { faults in
                let append = Task { try await store.appendBulk(Self.appends()) }
                try await faults.terminate(try await faults.waitForStoppedSession())
                return append
            }
            let result = try await TestDeadline.within(TestDeadline.hang, "a bulk append retried after \(name)") {
                try await append.value
            }
            #expect(result.appended + result.alreadyStored == 120)
            for stream in Self.streams {
                #expect(try await store.readStream(stream).map(\.streamVersion) == Array(1...40))
            }
        }
    }

    /// The whole server crashes (`pg_ctl stop -m immediate`) in the middle of a bulk
    /// append: the append fails within a bounded time saying so; after a restart the same
    /// append completes, once.
    @Test func aServerCrashDuringTheCopyFailsTheAppendAndARestartRecovers() async throws {
        try await ThrowawayCluster.with { cluster in
            let configuration = Self.configuration(attempts: 2)
            try await PostgresClient.withRunningClient(
                cluster.applicationURL, logger: TestDatabase.logger,
                sessionParameters: configuration.deadlines.sessionParameters
            ) { client in
                let store = EventLog(client: client, configuration: configuration, logger: TestDatabase.logger)
                let append = try await FaultPoint.beforeInsert(into: "events").armed(administrator: cluster.administratorURL) {
                    faults in
                    let append = Task { try await store.appendBulk(Self.appends()) }
                    _ = try await faults.waitForStoppedSession()
                    try await cluster.crash()
                    return append
                }
                let error = await #expect(throws: WriteInterrupted.self) {
                    try await TestDeadline.within(TestDeadline.hang, "a bulk append whose server crashed") { try await append.value }
                }
                #expect(error?.commitWasSent == false)
                #expect("\(error.map { "\($0)" } ?? "")".contains("nothing was written"))

                try await cluster.restart()
                try await Self.waitUntilReachable(client, cluster.applicationURL)
                let result = try await TestDeadline.within(TestDeadline.hang, "the bulk append after the restart") {
                    try await store.appendBulk(Self.appends())
                }
                #expect(result.appended == 120)
                for stream in Self.streams {
                    #expect(try await store.readStream(stream).map(\.streamVersion) == Array(1...40))
                }
            }
        }
    }

    /// Waits (at most 150 s) until the pool connects again after a restart: it backs off
    /// while the server is down.
    static func waitUntilReachable(_ client: PostgresClient, _ url: DatabaseURL) async throws {
        let deadline = ContinuousClock.now + .seconds(150)
        while ContinuousClock.now < deadline {
            if (try? await client.checkReachable(url: url, within: .seconds(2), logger: TestDatabase.logger)) != nil { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("the restarted server was not reachable within 150 s")
    }
}
