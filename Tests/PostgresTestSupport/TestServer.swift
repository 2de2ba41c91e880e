import EmbeddedPostgres
import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The PostgreSQL server the tests use and the migrated template they copy.
struct TestServer: Sendable {
    let application: DatabaseURL
    let administrator: DatabaseURL

    /// The checkout this file lives in: `Tests/PostgresTestSupport/TestServer.swift`.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func shared(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TestServer {
        if let url = environment["CALLBOARD_DATABASE_URL"], !url.isEmpty {
            let application = try DatabaseURL(parsing: url)
            let administrator = try environment["CALLBOARD_ADMIN_DATABASE_URL"].map { try DatabaseURL(parsing: $0) } ?? application
            return TestServer(application: application, administrator: administrator)
        }
        let root = environment["CALLBOARD_HOME"].map { URL(fileURLWithPath: $0) } ?? checkout.appendingPathComponent(".callboard")
        let cluster = LocalCluster(root: root, port: environment["CALLBOARD_PG_PORT"].flatMap(Int.init) ?? LocalCluster.defaultPort)
        try startOnce(cluster)
        return TestServer(
            application: try DatabaseURL(parsing: cluster.applicationURL),
            administrator: try DatabaseURL(parsing: cluster.administratorURL)
        )
    }

    private static let started = Mutex(false)

    private static func startOnce(_ cluster: LocalCluster) throws {
        try started.withLock { isStarted in
            guard !isStarted else { return }
            try cluster.start()
            isStarted = true
        }
    }

    /// Runs one statement as the administrator in the `postgres` database.
    func administer(_ sql: String) async throws {
        _ = try await PostgresClient.withRunningClient(administrator.database("postgres"), logger: TestDatabase.logger) { client in
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger)
        }
    }

    /// The migrated template's name, created once per process (and once per schema
    /// version across processes, under an advisory lock).
    static let template = Task<String, any Error> {
        let server = try shared()
        let migrations = try MigrationDirectory.load(from: checkout.appendingPathComponent("schema"))
        let name = "callboard_template_" + Migration.fingerprint(of: migrations).prefix(16)
        try await PostgresClient.withRunningClient(server.administrator.database("postgres"), logger: TestDatabase.logger) { client in
            try await client.withConnection { connection in
                try await connection.query("SELECT pg_advisory_lock(4242)", logger: TestDatabase.logger)
                // Released when the client closes the connection.
                let rows = try await connection.query("SELECT 1 FROM pg_database WHERE datname = \(name)", logger: TestDatabase.logger)
                var exists = false
                for try await _ in rows { exists = true }
                guard !exists else { return }
                let building = "\(name)_building"
                try await connection.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(building)"), logger: TestDatabase.logger)
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(building)"), logger: TestDatabase.logger)
                _ = try await PostgresClient.withRunningClient(server.administrator.database(building), logger: TestDatabase.logger) { client in
                    try await Migrator(client: client, logger: TestDatabase.logger).migrate(migrations)
                }
                // The migrator's client is shut down, but the server may still count its
                // sessions for a moment (a close is asynchronous): end them, then rename.
                for attempt in 1...50 {
                    try await connection.query(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = \(building) AND pid <> pg_backend_pid()",
                        logger: TestDatabase.logger)
                    do {
                        try await connection.query(PostgresQuery(unsafeSQL: "ALTER DATABASE \(building) RENAME TO \(name)"), logger: TestDatabase.logger)
                        break
                    } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55006" && attempt < 50 {
                        try await Task.sleep(for: .milliseconds(100))
                    }
                }
            }
        }
        return name
    }
}
