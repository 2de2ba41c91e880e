import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
@testable import Projections
import Testing

/// Issue 16, item 3: the projection runner held two connections per projection (a
/// leadership connection and a listening one), 24 of them for Callboard's twelve read
/// models, and both are session features that a pooler in transaction mode (PgBouncer)
/// cannot carry. It now holds exactly two sessions, straight to PostgreSQL, whatever the
/// number of projections (one LISTEN, one holding every leader lock), and runs its batches
/// through the store's client, here a real PgBouncer in transaction mode.
@Suite("A projection runner's sessions, behind PgBouncer")
struct RunnerSessionsTests {
    static let logger = TestDatabase.logger

    /// How this suite's session client names its connections in pg_stat_activity.
    static let sessionName = "runner-sessions-test"

    static func projections(_ count: Int) -> [StreamCounts] {
        (0..<count).map { StreamCounts(name: "stream_counts_\($0)") }
    }

    /// A store whose pool goes through a PgBouncer in transaction mode in front of
    /// `database`, and whose session client goes straight to the server (capped at 8, so
    /// that a runner taking more than two sessions would show it).
    static func withStoreBehindPgBouncer<Result: Sendable>(
        _ database: TestDatabase, _ body: @Sendable (EventLog, PgBouncer) async throws -> Result
    ) async throws -> Result {
        var settings = EventLog.Configuration()
        settings.deadlines = DatabaseDeadlines(statement: .seconds(20), connect: .seconds(10), writeAttempts: 2)
        let configuration = settings
        return try await PgBouncer.with(inFrontOf: database.applicationURL) { bouncer in
            try await PostgresClient.withRunningClient(
                database.applicationURL, logger: logger, maximumConnections: 8,
                sessionParameters: configuration.deadlines.sessionParameters + [("application_name", sessionName)]
            ) { sessions in
                try await PostgresClient.withRunningClient(
                    bouncer.through(database.applicationURL), logger: logger, maximumConnections: 16,
                    sessionParameters: configuration.deadlines.sessionParameters
                ) { pooled in
                    try await body(EventLog(client: pooled, sessions: sessions, configuration: configuration, logger: logger), bouncer)
                }
            }
        }
    }

    /// The sessions of `database` named ``sessionName``: (pid, query) of each.
    static func sessions(_ database: TestDatabase, admin: PostgresClient) async throws -> [(pid: Int32, query: String)] {
        let rows = try await admin.query("""
            SELECT pid, query FROM pg_stat_activity WHERE datname = \(database.name) AND application_name = \(sessionName)
            """, logger: logger)
        var found: [(pid: Int32, query: String)] = []
        for try await (pid, query) in rows.decode((Int32, String).self) { found.append((pid, query)) }
        return found
    }

    /// How many leader locks of `projections` the session `pid` holds.
    static func leaderLocksHeld(by pid: Int32, of projections: [StreamCounts], _ database: TestDatabase, admin: PostgresClient) async throws -> Int {
        var held = 0
        for projection in projections
        where try await TestDatabase.advisoryLockHolder(projection.leaderLockKey, client: admin, database: database.name) == pid {
            held += 1
        }
        return held
    }

    /// Waits (bounded) until every projection has applied `total` events.
    static func waitUntilEveryOneApplied(_ engine: ProjectionEngine, total: Int64, _ what: String) async throws {
        try await TestDeadline.within(TestDatabase.heldBackTimeout, what) {
            while try await engine.status().contains(where: { $0.eventsApplied < total }) {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    /// One projection or six: the runner holds two sessions, one listening and one holding
    /// every leader lock, while the batches of all six go through PgBouncer.
    @Test(arguments: [1, 6])
    func theRunnerHoldsTwoSessionsWhateverTheNumberOfProjections(count: Int) async throws {
        try await TestDatabase.withFresh { database in
            try await Self.withStoreBehindPgBouncer(database) { store, _ in
                let projections = Self.projections(count)
                let engine = ProjectionEngine(store: store, projections: projections, logger: Self.logger)
                let runner = Task { try await engine.run(standbyRetry: .milliseconds(200)) }
                defer { runner.cancel() }
                let expected = try await ProjectionEngineTests.appendSample(store, count: 10)
                try await Self.waitUntilEveryOneApplied(engine, total: 10, "\(count) projections applying through PgBouncer")
                try await database.withAdministrator { admin in
                    // Every projection is led, all from one session.
                    let sessions = try await TestDeadline.within(.seconds(30), "every lock held") {
                        while true {
                            let sessions = try await Self.sessions(database, admin: admin)
                            for session in sessions
                            where try await Self.leaderLocksHeld(by: session.pid, of: projections, database, admin: admin) == count {
                                return sessions
                            }
                            try await Task.sleep(for: .milliseconds(50))
                        }
                    }
                    #expect(sessions.count == 2, "the runner's sessions: \(sessions.map(\.query))")
                    #expect(sessions.filter { $0.query.uppercased().hasPrefix("LISTEN") }.count == 1, "\(sessions.map(\.query))")
                }
                for projection in projections {
                    #expect(try await StreamCounts.read(from: store.client, name: projection.name) == expected)
                }
                runner.cancel()
                _ = try? await TestDeadline.within(.seconds(20), "the runner stopping") { _ = await runner.result }
            }
        }
    }

    /// The listening session is terminated while nothing polls (the poll interval is an
    /// hour), and events are appended before it listens again: the runner listens on a
    /// fresh session and every projection catches up, those events included; later
    /// appends wake them through the new session.
    @Test func aTerminatedListenSessionListensAgainAndEveryProjectionCatchesUp() async throws {
        try await TestDatabase.withFresh { database in
            try await Self.withStoreBehindPgBouncer(database) { store, _ in
                var options = EventLog.SubscriptionOptions()
                options.pollInterval = .seconds(3600)
                options.reconnectDelay = .seconds(1)
                let projections = Self.projections(4)
                let engine = ProjectionEngine(store: store, projections: projections, logger: Self.logger)
                let runner = Task { try await engine.run(options: options, standbyRetry: .milliseconds(200)) }
                defer { runner.cancel() }
                _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                try await Self.waitUntilEveryOneApplied(engine, total: 5, "the first wake-up")
                try await database.withAdministrator { admin in
                    let listener = try await TestDeadline.within(TestDeadline.hang, "finding the listening session") {
                        while true {
                            if let found = try await Self.sessions(database, admin: admin).first(where: { $0.query.uppercased().hasPrefix("LISTEN") }) {
                                return found.pid
                            }
                            try await Task.sleep(for: .milliseconds(20))
                        }
                    }
                    try await admin.query("SELECT pg_terminate_backend(\(listener))", logger: Self.logger)
                    // Appended while nobody listens: their notification goes nowhere.
                    _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                    try await Self.waitUntilEveryOneApplied(engine, total: 10, "catching up after the listener was terminated")
                    let sessions = try await Self.sessions(database, admin: admin)
                    #expect(sessions.count == 2)
                    #expect(!sessions.contains { $0.pid == listener })
                }
                // Woken through the new listening session (nothing polls).
                _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                try await Self.waitUntilEveryOneApplied(engine, total: 15, "a wake-up on the new listening session")
                for projection in projections {
                    #expect(try await StreamCounts.read(from: store.client, name: projection.name).values.reduce(0, +) == 15)
                }
                runner.cancel()
                _ = try? await TestDeadline.within(.seconds(20), "the runner stopping") { _ = await runner.result }
            }
        }
    }

    /// The session holding the leader locks is terminated: every projection stops (the
    /// locks went with it), the runner opens a fresh session, takes the locks again and
    /// applies what was appended meanwhile, exactly once.
    @Test func aTerminatedLeadershipSessionIsReplacedAndEveryProjectionResumes() async throws {
        try await TestDatabase.withFresh { database in
            try await Self.withStoreBehindPgBouncer(database) { store, _ in
                let projections = Self.projections(3)
                let engine = ProjectionEngine(store: store, projections: projections, logger: Self.logger)
                let runner = Task { try await engine.run(standbyRetry: .milliseconds(200)) }
                defer { runner.cancel() }
                _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                try await Self.waitUntilEveryOneApplied(engine, total: 5, "the first batch")
                try await database.withAdministrator { admin in
                    let holder = try #require(try await TestDatabase.advisoryLockHolder(
                        projections[0].leaderLockKey, client: admin, database: database.name))
                    try await admin.query("SELECT pg_terminate_backend(\(holder))", logger: Self.logger)
                    _ = try await ProjectionEngineTests.appendSample(store, count: 5)
                    try await Self.waitUntilEveryOneApplied(engine, total: 10, "resuming on a fresh leadership session")
                    let newHolder = try await TestDatabase.advisoryLockHolder(projections[0].leaderLockKey, client: admin, database: database.name)
                    #expect(newHolder != nil && newHolder != holder)
                    #expect(try await Self.sessions(database, admin: admin).count == 2)
                }
                for projection in projections {
                    #expect(try await StreamCounts.read(from: store.client, name: projection.name).values.reduce(0, +) == 10)
                }
                runner.cancel()
                _ = try? await TestDeadline.within(.seconds(20), "the runner stopping") { _ = await runner.result }
            }
        }
    }
}
