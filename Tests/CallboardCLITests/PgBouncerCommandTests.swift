import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// Issue 16, item 3: the built `callboard` with `CALLBOARD_DATABASE_URL` pointing at a real
/// PgBouncer in transaction pool mode and `CALLBOARD_DIRECT_DATABASE_URL` at PostgreSQL:
/// migrations, imports, appends and a report go through the bouncer; `projections run`
/// keeps every read model current with exactly two sessions on the direct URL.
@Suite(.serialized) struct PgBouncerCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy/samples")

    /// Runs `callboard` and requires exit 0.
    static func run(_ arguments: [String], _ environment: [String: String]) async throws -> String {
        let run = try await CallboardBinary.run(arguments, environment: environment)
        #expect(run.status == 0, "callboard \(arguments.joined(separator: " ")): \(run.errors)")
        return run.output
    }

    /// The read models `projections status` shows behind the log.
    static func behind(_ environment: [String: String]) async throws -> [String] {
        let json = try await run(["projections", "status", "--format", "json"], environment)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], "\(json)")
        return rows.filter { ($0["behind"] as? Int ?? 1) != 0 }.map { "\($0["projection"] ?? "?")" }
    }

    static func waitUntilNoneBehind(_ environment: [String: String], _ what: String) async throws {
        try await TestDeadline.within(TestDatabase.heldBackTimeout, what) {
            while !(try await behind(environment)).isEmpty { try await Task.sleep(for: .milliseconds(300)) }
        }
    }

    static func sessionCount(_ database: TestDatabase) async throws -> Int {
        try await database.withAdministrator { admin in
            let rows = try await admin.query("""
                SELECT count(*)::int FROM pg_stat_activity
                 WHERE datname = \(database.name) AND application_name = \(DatabaseTarget.sessionApplicationName)
                """, logger: TestDatabase.logger)
            for try await count in rows.decode(Int.self) { return count }
            return 0
        }
    }

    /// The session features' URL: `CALLBOARD_DIRECT_DATABASE_URL`, else the database URL.
    @Test func theDirectURLFallsBackToTheDatabaseURL() throws {
        let pooled = "postgres://callboard@pgbouncer.internal:6432/callboard"
        let direct = "postgres://callboard@db.internal:5432/callboard"
        let both = try DatabaseTarget.resolve(environment: [
            "CALLBOARD_DATABASE_URL": pooled, "CALLBOARD_DIRECT_DATABASE_URL": direct,
        ])
        #expect(both.application.host == "pgbouncer.internal" && both.direct.host == "db.internal" && both.direct.port == 5432)
        let one = try DatabaseTarget.resolve(environment: ["CALLBOARD_DATABASE_URL": pooled])
        #expect(one.direct == one.application)
        #expect(throws: (any Error).self) {
            try DatabaseTarget.resolve(environment: ["CALLBOARD_DATABASE_URL": pooled, "CALLBOARD_DIRECT_DATABASE_URL": "mysql://x"])
        }
        let configuration = try both.sessionClientConfiguration(DatabaseDeadlines())
        #expect(configuration.options.maximumConnections == 2)
        #expect(configuration.options.additionalStartupParameters.contains { $0 == ("application_name", "callboard-session") })
    }

    @Test func everyCommandWorksThroughPgBouncerAndTheRunnerHoldsTwoSessions() async throws {
        try await TestDatabase.withFresh { database in
            try await PgBouncer.with(inFrontOf: database.applicationURL) { bouncer in
                let environment = [
                    "CALLBOARD_DATABASE_URL": bouncer.through(database.applicationURL).urlString,
                    "CALLBOARD_ADMIN_DATABASE_URL": bouncer.through(database.administratorURL).urlString,
                    "CALLBOARD_DIRECT_DATABASE_URL": database.applicationURL.urlString,
                ]
                _ = try await Self.run(["db", "migrate"], environment)
                _ = try await Self.run(["import", "sites", Self.samples.appendingPathComponent("sites.csv").path], environment)
                _ = try await Self.run(["import", "agents", Self.samples.appendingPathComponent("agents.csv").path], environment)
                _ = try await Self.run(["site", "open", "TST", "--name", "Testing", "--country", "PH", "--timezone", "Asia/Manila",
                                  "--seats", "5", "--languages", "en", "--opened-on", "2026-01-05"], environment)

                let runner = Process()
                runner.executableURL = try CallboardBinary.url
                runner.arguments = ["projections", "run"]
                runner.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
                runner.standardOutput = FileHandle.nullDevice
                runner.standardError = FileHandle.nullDevice
                try runner.run()
                defer { if runner.isRunning { runner.terminate() } }
                try await Self.waitUntilNoneBehind(environment, "the runner catching up through PgBouncer")
                let sessions = try await Self.sessionCount(database)
                #expect(sessions == 2, "the runner's sessions on the direct URL (one LISTEN, one for every leader lock)")

                _ = try await Self.run(["site", "open", "TS2", "--name", "Testing 2", "--country", "PH", "--timezone", "Asia/Manila",
                                  "--seats", "5", "--languages", "en", "--opened-on", "2026-01-05"], environment)
                try await Self.waitUntilNoneBehind(environment, "the runner woken by an append through PgBouncer")
                #expect(try await Self.sessionCount(database) == 2)
                runner.terminate()
                await ChildProcess.exit(of: runner)

                let roster = try await Self.run(["report", "roster", "--site", "MNL"], environment)
                #expect(roster.contains("Maria Santos"), "\(roster)")
                let sites = try await Self.run(["site", "list"], environment)
                #expect(sites.contains("TS2"), "\(sites)")
            }
        }
    }
}
