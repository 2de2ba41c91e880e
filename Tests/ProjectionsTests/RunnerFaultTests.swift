import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
@testable import Projections
import Testing

/// Issue 11, item 4: after a session was terminated between the statements of a
/// projection batch, `projections run` silently stopped applying and kept its leader lock.
/// A leader that cannot make progress now releases leadership, and a standby takes over.
@Suite("Projection runners whose connection is lost")
struct RunnerFaultTests {
    static let logger = TestDatabase.logger
    static let leaderKey = StreamCounts().leaderLockKey

    static var options: EventLog.SubscriptionOptions {
        var options = EventLog.SubscriptionOptions()
        options.pollInterval = .milliseconds(200)
        options.reconnectDelay = .milliseconds(200)
        return options
    }

    /// A runner in a pool of its own, whose sessions are named `name` in pg_stat_activity.
    struct Runner: Sendable {
        let store: EventLog
        let task: Task<Void, any Error>
    }

    static func withRunner<Result: Sendable>(
        _ name: String, in database: TestDatabase, statement: Duration = .seconds(20), standbyRetry: Duration,
        stallLimit: Duration? = nil, _ body: @Sendable (Runner) async throws -> Result
    ) async throws -> Result {
        var settings = EventLog.Configuration()
        settings.deadlines = DatabaseDeadlines(statement: statement, connect: .seconds(3), writeAttempts: 2)
        let configuration = settings
        return try await PostgresClient.withRunningClient(
            database.applicationURL, logger: logger, maximumConnections: 4,
            sessionParameters: configuration.deadlines.sessionParameters + [("application_name", name)]
        ) { client in
            let store = EventLog(client: client, configuration: configuration, logger: logger)
            let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: logger)
            let task = Task { try await engine.run(options: options, standbyRetry: standbyRetry, stallLimit: stallLimit) }
            defer { task.cancel() }
            let result = try await body(Runner(store: store, task: task))
            task.cancel()
            _ = try? await TestDeadline.within(.seconds(20), "runner \(name) stopping") { _ = await task.result }
            return result
        }
    }

    /// The application name of the session holding the leader lock, once it is `expected`
    /// (at most `timeout`); records an issue if it never is.
    static func waitForLeader(_ expected: String, _ database: TestDatabase, timeout: Duration = .seconds(150)) async throws {
        let found = try await database.withAdministrator { admin in
            let deadline = ContinuousClock.now + timeout
            var current: String?
            while ContinuousClock.now < deadline {
                current = nil
                if let pid = try await TestDatabase.advisoryLockHolder(leaderKey, client: admin, database: database.name) {
                    let rows = try await admin.query(
                        "SELECT application_name FROM pg_stat_activity WHERE pid = \(pid)", logger: logger)
                    for try await name in rows.decode(String.self) { current = name }
                }
                if current == expected { return current }
                try await Task.sleep(for: .milliseconds(50))
            }
            return current
        }
        #expect(found == expected, "the leader lock should be held by \(expected), is held by \(found ?? "nobody")")
    }

    /// Appends `count` events and waits (bounded) until the projection shows them all.
    static func appendAndWaitApplied(_ store: EventLog, count: Int, total: Int64) async throws -> [String: Int64] {
        let expected = try await ProjectionEngineTests.appendSample(store, count: count)
        let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: logger)
        let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
        while ContinuousClock.now < deadline {
            if let status = try await engine.status().first, status.eventsApplied >= total { return expected }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the runners did not apply \(total) events in time")
        return expected
    }

    /// Runner A leads; the session of its batch is terminated mid-batch. A releases its
    /// lock at once (it retries only after 20 s), so B, standing by, leads and applies.
    @Test func aBatchWhoseSessionIsTerminatedReleasesLeadershipToAStandby() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await Self.withRunner("runner-a", in: database, standbyRetry: .seconds(20)) { _ in
                try await Self.waitForLeader("runner-a", database)
                try await Self.withRunner("runner-b", in: database, standbyRetry: .milliseconds(100)) { _ in
                    try await FaultPoint.beforeInsert(into: "rm_stream_counts.counts").armed(in: database) { faults in
                        _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                        try await faults.terminate(try await faults.waitForStoppedSession())
                        try await Self.waitForLeader("runner-b", database)
                    }
                    let more = try await Self.appendAndWaitApplied(store, count: 5, total: 10)
                    #expect(try await StreamCounts.read(from: store.client).values.reduce(0, +) == 10)
                    #expect(more.values.reduce(0, +) == 5)
                }
            }
        }
    }

    /// The session holding A's leader lock is terminated: A no longer leads (it stops
    /// following at once), B takes over, and nothing is applied twice.
    @Test func aLeaderWhoseLockSessionIsTerminatedStopsAndAStandbyTakesOver() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await Self.withRunner("runner-a", in: database, standbyRetry: .seconds(20)) { _ in
                try await Self.waitForLeader("runner-a", database)
                _ = try await Self.appendAndWaitApplied(store, count: 5, total: 5)
                try await Self.withRunner("runner-b", in: database, standbyRetry: .milliseconds(100)) { _ in
                    try await database.withAdministrator { admin in
                        let pid = try #require(try await TestDatabase.advisoryLockHolder(
                            Self.leaderKey, client: admin, database: database.name))
                        try await admin.query("SELECT pg_terminate_backend(\(pid))", logger: Self.logger)
                    }
                    try await Self.waitForLeader("runner-b", database)
                    _ = try await Self.appendAndWaitApplied(store, count: 5, total: 10)
                    #expect(try await StreamCounts.read(from: store.client).values.reduce(0, +) == 10)
                }
            }
        }
    }

    /// A's batch hangs (its statement deadline is long), so only the watchdog can notice:
    /// no database call of the leader completes for the stall limit, and it gives up the lock.
    @Test func aStalledLeaderIsMadeToReleaseItsLockByTheWatchdog() async throws {
        try await TestDatabase.withEventStore { store, database in
            try await Self.withRunner(
                "runner-a", in: database, statement: .seconds(120), standbyRetry: .seconds(20), stallLimit: .seconds(2)
            ) { _ in
                try await Self.waitForLeader("runner-a", database)
                try await Self.withRunner("runner-b", in: database, standbyRetry: .milliseconds(100)) { _ in
                    try await FaultPoint.beforeInsert(into: "rm_stream_counts.counts").armed(in: database) { faults in
                        _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                        _ = try await faults.waitForStoppedSession()
                        try await Self.waitForLeader("runner-b", database)
                    }
                    _ = try await Self.appendAndWaitApplied(store, count: 5, total: 10)
                    #expect(try await StreamCounts.read(from: store.client).values.reduce(0, +) == 10)
                }
            }
        }
    }

    /// The server crashes under a running runner: it neither hangs nor stops for good;
    /// once the server is back it applies what was appended, exactly once.
    @Test func aRunnerRecoversFromAServerCrash() async throws {
        try await ThrowawayCluster.with { cluster in
            var settings = EventLog.Configuration()
            settings.deadlines = DatabaseDeadlines(statement: .seconds(10), connect: .seconds(3), writeAttempts: 2)
            let configuration = settings
            try await PostgresClient.withRunningClient(
                cluster.applicationURL, logger: Self.logger, sessionParameters: configuration.deadlines.sessionParameters
            ) { client in
                let store = EventLog(client: client, configuration: configuration, logger: Self.logger)
                let engine = ProjectionEngine(store: store, projections: [StreamCounts()], logger: Self.logger)
                let runner = Task { try await engine.run(options: Self.options, standbyRetry: .milliseconds(200)) }
                defer { runner.cancel() }
                _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                try await TestDeadline.within(TestDeadline.hang, "the runner applying") { try await Self.waitForCount(5, client: client) }
                try await FaultPoint.beforeInsert(into: "rm_stream_counts.counts").armed(administrator: cluster.administratorURL) {
                    faults in
                    _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                    _ = try await faults.waitForStoppedSession()
                    try await cluster.crash()
                }
                try await cluster.restart()
                try await TestDeadline.within(TestDeadline.hang, "the runner recovering") { try await Self.waitForCount(10, client: client) }
                #expect(try await StreamCounts.read(from: client) == ["s-0": 2, "s-1": 2, "s-2": 2, "s-3": 2, "s-4": 2])
                runner.cancel()
                _ = try? await TestDeadline.within(.seconds(20), "the runner stopping") { _ = await runner.result }
            }
        }
    }

    static func waitForCount(_ count: Int64, client: PostgresClient) async throws {
        let deadline = ContinuousClock.now + .seconds(150)
        while ContinuousClock.now < deadline {
            if let counts = try? await StreamCounts.read(from: client), counts.values.reduce(0, +) >= count { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the runner did not apply \(count) events within 150 s")
    }
}
