import CallboardDomain
@testable import CallboardHTTP
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// Several `callboard serve` processes behind one address (issue 16 item 4), as real
/// processes of the debug executable against one test database: they give the same answers,
/// any of them may lead the projections (exactly one leads each read model at a time, and a
/// killed leader's place is taken and the read models kept current), one killed with
/// `kill -9` in the middle of a load test fails no request but those sent to it, and a
/// token's rate limit holds across them (a token limited to N gets N, not 3N).
@Suite(.serialized) struct ManyServersTests {
    /// The advisory lock each read model's leader holds (pinned by `ReadModelLockKeyTests`).
    static let leaderKeys: [Int64: String] = Dictionary(uniqueKeysWithValues: CallboardReadModels.all.map {
        (AdvisoryLockKey.named("callboard.projection.leader.\($0.name)"), $0.name)
    })

    static let uris = [
        "/v1/accounts/ACME",
        "/v1/accounts/ACME/sla/daily?month=2026-11",
        "/v1/accounts/ACME/intervals?from=2026-11-02&to=2026-11-02&limit=20",
        "/v1/accounts/ACME/coverage?date=2026-11-01",
    ]

    @Test func threeServersAnswerAlikeShareLeadershipAndFailNoRequestButTheKilledOnes() async throws {
        try await Self.withWorld(serverArguments: ["--rate-per-second", "1000000", "--rate-burst", "1000000"]) {
            store, database, admin, servers, token in
            // Every read model has exactly one leader, and it is one of the servers.
            let leaders = try await Self.waitForLeaders(admin, servers: servers, alive: [0, 1, 2])
            var leading = [0, 0, 0]
            for server in leaders.values { leading[server] += 1 }
            let leader = leading.indices.max { leading[$0] < leading[$1] }!

            // Load across the three; the busiest leader is killed (SIGKILL) once every server has
            // answered some of it, and the load goes on until both survivors answered more.
            let load = RoundRobinLoad(ports: servers.map(\.port))
            let watch = Task { try await Self.watchLeadership(admin, servers: servers, load: load) }
            let killer = Task {
                let deadline = ContinuousClock.now + .seconds(180)
                while [0, 1, 2].contains(where: { load.answers(from: $0) < 20 }), ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                }
                let before = [0, 1, 2].map { load.answers(from: $0) }
                load.killed(leader)
                await servers[leader].kill()
                let killedAt = ContinuousClock.now
                while ContinuousClock.now < deadline, ContinuousClock.now - killedAt < .seconds(5)
                    || [0, 1, 2].contains(where: { $0 != leader && load.answers(from: $0) < before[$0] + 20 }) {
                    try await Task.sleep(for: .milliseconds(100))
                }
                load.stop()
            }
            let outcomes = await load.run(workers: 6, uris: Self.uris, token: token, until: .now + .seconds(400))
            try await killer.value
            let doubleLeaders = try await watch.value

            let survivors = [0, 1, 2].filter { $0 != leader }
            let failures = outcomes.filter { $0.error != nil || $0.status != 200 }
            #expect(!failures.contains { $0.server != leader || !$0.afterKill },
                    "failed beyond the killed server: \(failures.filter { $0.server != leader || !$0.afterKill }.prefix(5).map { "\($0.server) \($0.uri) \($0.status.map(String.init) ?? $0.error ?? "")" })")
            #expect(doubleLeaders.isEmpty, "read models with two leaders at once: \(doubleLeaders)")
            for server in survivors {
                #expect(outcomes.contains { $0.server == server && $0.afterKill && $0.status == 200 },
                        "server \(server) answered nothing after the kill")
            }
            #expect(outcomes.contains { $0.server == leader && !$0.afterKill && $0.status == 200 })
            // The same answer from every server, byte for byte.
            for uri in Self.uris {
                let answers = outcomes.filter { $0.uri == uri && $0.status == 200 }
                #expect(Set(answers.map(\.server)).count == 3, "\(uri) was not asked of every server")
                #expect(Set(answers.map(\.body)).count == 1, "\(uri): the servers answered differently")
                #expect(Set(answers.map { $0.headers[.eTag] ?? "" }).count == 1, "\(uri): the servers tagged it differently")
            }
            print("ManyServersTests: \(outcomes.count) requests, \(failures.count) failed, all on the killed server \(leader)")

            // The survivors took the killed server's leadership over ...
            _ = try await Self.waitForLeaders(admin, servers: servers, alive: Set(survivors))
            // ... and keep the read models current: a token issued now works on both.
            let issued = try await TokenIssuer(store: store, actor: "test").issue(account: "ACME", label: "after the kill", expiresAt: nil)
            for server in survivors {
                try await Self.waitForAnswer(port: servers[server].port, token: issued.description)
            }
        }
    }

    @Test func aTokenLimitedToTwentyGetsTwentyFromThreeServersNotSixty() async throws {
        // 20 at once, one more every 1000 s: no refill within the test.
        try await Self.withWorld(serverArguments: ["--rate-per-second", "0.001", "--rate-burst", "20"]) {
            _, _, _, servers, token in
            let load = RoundRobinLoad(ports: servers.map(\.port))
            let outcomes = await load.run(
                workers: 6, uris: ["/v1/accounts/ACME"], token: token, until: .now + .seconds(300), requests: 90)
            let granted = outcomes.filter { $0.status == 200 }
            let limited = outcomes.filter { $0.status == 429 }
            let fellBack = servers.contains { $0.logText.contains("shared rate limit cannot be reached") }
            #expect(outcomes.count == 90 && limited.count + granted.count == 90)
            #expect(granted.count == 20, "granted \(granted.count) of 90 (a server fell back to its own limit: \(fellBack))")
            #expect(Set(granted.map(\.server)).count >= 2, "every grant came from one server")
            #expect(limited.allSatisfy {
                $0.headers[.retryAfter].flatMap(Int.init).map { $0 >= 1 } == true
                    && $0.headers[.rateLimitRemaining] == "0" && $0.headers[.rateLimitLimit] == "20"
            })
        }
    }

    // MARK: - Set-up

    /// A fresh database with the export world, the read models caught up and a token of ACME;
    /// three `serve` processes on it with `serverArguments`, stopped afterwards whatever happens.
    static func withWorld(
        serverArguments: [String],
        _ body: @Sendable (EventLog, TestDatabase, PostgresClient, [ServeProcess], String) async throws -> Void
    ) async throws {
        try await TestDatabase.withEventStore { store, database in
            try await ExportWorld.record(Importer(store: store, actor: "test"))
            let token = try await TokenIssuer(store: store, actor: "test").issue(account: "ACME", label: "load", expiresAt: nil)
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            try #require(try await engine.settle(within: TestDatabase.heldBackTimeout), "read models did not catch up in time")
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("many-servers-\(database.name)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var servers: [ServeProcess] = []
            do {
                for index in 0..<3 {
                    servers.append(try ServeProcess.start(
                        database: database, arguments: serverArguments, directory: directory, name: "serve-\(index)"))
                }
                for server in servers { try await server.waitUntilHealthy() }
                let started = servers
                try await database.withAdministrator { admin in
                    try await body(store, database, admin, started, token.description)
                }
            } catch {
                for server in servers { await server.stop() }
                throw error
            }
            for server in servers { await server.stop() }
            try? FileManager.default.removeItem(at: directory)
        }
    }

    // MARK: - Leadership

    /// Each read model's leader lock and the server holding it (-1: a session of no server),
    /// as PostgreSQL's lock table and the servers' sockets say; a key held twice appears twice.
    static func leaderLocks(_ admin: PostgresClient, servers: [ServeProcess]) async throws -> [(key: Int64, server: Int)] {
        let rows = try await admin.query("""
            SELECT ((l.classid::bigint << 32) | l.objid::bigint), a.client_port
              FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, logger: TestDatabase.logger)
        var held: [(Int64, Int32?)] = []
        for try await (key, port) in rows.decode((Int64, Int32?).self) where leaderKeys[key] != nil { held.append((key, port)) }
        let ports = servers.map { $0.process.isRunning ? $0.socketPorts() : [] }
        return held.map { key, port in
            (key, port.flatMap { port in ports.firstIndex { $0.contains(Int(port)) } } ?? -1)
        }
    }

    /// Waits until every read model is led by exactly one server, all of them in `alive`;
    /// returns which server leads each.
    static func waitForLeaders(_ admin: PostgresClient, servers: [ServeProcess], alive: Set<Int>) async throws -> [Int64: Int] {
        let deadline = ContinuousClock.now + .seconds(120)
        var last: [(key: Int64, server: Int)] = []
        while ContinuousClock.now < deadline {
            last = try await leaderLocks(admin, servers: servers)
            let byKey = Dictionary(grouping: last, by: \.key)
            if byKey.count == leaderKeys.count, byKey.values.allSatisfy({ $0.count == 1 && alive.contains($0[0].server) }) {
                return byKey.mapValues { $0[0].server }
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        var sessions: [String] = []
        let rows = try await admin.query("""
            SELECT a.pid, coalesce(a.client_port, -1), coalesce(a.state, ''), coalesce(a.backend_type, ''), left(coalesce(a.query, ''), 80)
              FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
            """, logger: TestDatabase.logger)
        for try await (pid, port, state, type, query) in rows.decode((Int32, Int32, String, String, String).self) {
            sessions.append("\(pid):\(port) \(state) \(type) \(query)")
        }
        Issue.record("""
            the read models were not all led by one of the servers \(alive.sorted()): \(last.map { "\(leaderKeys[$0.key] ?? "?")@\($0.server)" })
            sessions: \(sessions)
            sockets: \(servers.map { $0.socketPorts().sorted() })
            """)
        throw CancellationError()
    }

    /// Samples the leader locks until the load stops; returns the read models seen with two leaders.
    static func watchLeadership(_ admin: PostgresClient, servers: [ServeProcess], load: RoundRobinLoad) async throws -> Set<String> {
        var doubled: Set<String> = []
        while !load.isStopped {
            for (key, locks) in Dictionary(grouping: try await leaderLocks(admin, servers: servers), by: \.key) where locks.count > 1 {
                doubled.insert(leaderKeys[key] ?? "\(key)")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        return doubled
    }

    /// Waits until the server on `port` answers `token`'s profile with 200 (its read model has the token).
    static func waitForAnswer(port: Int, token: String) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        var last = ""
        while ContinuousClock.now < deadline {
            let load = RoundRobinLoad(ports: [port])
            let outcome = await load.run(workers: 1, uris: ["/v1/accounts/ACME"], token: token, until: .now + .seconds(60), requests: 1)
            if outcome.first?.status == 200 { return }
            last = outcome.first.map { "\($0.status.map(String.init) ?? $0.error ?? "")" } ?? "nothing"
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("the server on port \(port) never accepted the new token: \(last)")
    }
}
