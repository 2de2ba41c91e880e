import Foundation
import PostgresNIO
import EventStore
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// A report opens one database session for its id check and its answer (issue 17: the check
/// and the answer each opened a store of their own, so every report paid two connections and
/// two warm-ups of a server process's caches). Counted by the server (`pg_stat_database.sessions`).
@Suite struct ReportConnectionTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy/samples")

    /// The sessions the server has counted in the database once the count stops moving (a
    /// server process reports its session by its end at the latest).
    static func settledSessions(_ admin: PostgresClient, _ database: TestDatabase) async throws -> Int {
        var last = -1, steady = 0
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let rows = try await admin.query(
                "SELECT sessions::int FROM pg_stat_database WHERE datname = \(database.name)", logger: TestDatabase.logger)
            var count = 0
            for try await value in rows.decode(Int.self) { count = value }
            steady = count == last ? steady + 1 : 0
            if steady == 8 { return count }
            last = count
            try await Task.sleep(for: .milliseconds(250))
        }
        return last
    }

    @Test func aReportChecksItsIDsAndAnswersInOneSession() async throws {
        try await TestDatabase.withFresh { database in
            // Only this database's transactions hold its log back (schema/0032); the margin is for a loaded machine.
            let environment = ["CALLBOARD_DATABASE_URL": database.applicationURL.urlString, "CALLBOARD_HELD_BACK_WAIT": "120"]
            for kind in ["sites", "accounts", "queues", "agents"] {
                let run = try await CallboardBinary.run(["import", kind, Self.samples.appendingPathComponent("\(kind).csv").path],
                                                  environment: environment)
                try #require(run.status == 0, "\(kind): \(run.errors)")
            }
            // Counted from the maintenance database, so that the counting client's own
            // connections are not among those counted.
            var maintenance = database.administratorURL
            maintenance.database = "postgres"
            try await PostgresClient.withRunningClient(maintenance, logger: TestDatabase.logger) { admin in
                // The first report installs the read models and catches them up.
                let first = try await CallboardBinary.run(["report", "roster", "--site", "MNL"], environment: environment)
                try #require(first.status == 0, "\(first.errors)")
                for arguments in [["report", "coverage", "--account", "TABULA", "--date", "2026-12-07"],
                                  ["report", "readiness", "--site", "MNL", "--account", "TABULA"]] {
                    let before = try await Self.settledSessions(admin, database)
                    let report = try await CallboardBinary.run(arguments, environment: environment)
                    #expect(report.status == 0, "\(arguments): \(report.errors)")
                    let after = try await Self.settledSessions(admin, database)
                    #expect(after - before == 1, "\(arguments) opened \(after - before) sessions")
                }
            }
        }
    }
}
