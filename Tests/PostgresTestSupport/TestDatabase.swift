import EmbeddedPostgres
import EventStore
import Foundation
import Logging
import PostgresNIO

/// A fresh, migrated database for one test, dropped afterwards, so that test suites
/// run in parallel against a real PostgreSQL and leave nothing behind.
///
/// The server is `CALLBOARD_DATABASE_URL` (administered through
/// `CALLBOARD_ADMIN_DATABASE_URL`, default the same URL) or, when unset, the embedded
/// cluster under the checkout's `.callboard/`, started on demand. Each fresh database is
/// a copy of a template migrated once per schema version (named by its checksum).
public struct TestDatabase: Sendable {
    /// The application's URL to the fresh database (the least-privileged user).
    public let applicationURL: DatabaseURL
    /// The administrator's URL to the same database.
    public let administratorURL: DatabaseURL
    public let name: String

    /// How long a test waits for committed events to become readable. Readers of the log
    /// only see events older than every running transaction of their own database
    /// (schema/0032), so the suites sharing one server no longer hold each other back; the
    /// bound covers the test's own transactions (a bulk import, a catch-up) on a loaded
    /// machine.
    public static let heldBackTimeout: Duration = .seconds(120)

    /// At most this many fresh databases exist at once (``DatabaseSlots``), and each test's
    /// client pool opens at most ``connectionsPerClient`` connections: together well under
    /// the embedded server's `max_connections` (200).
    static let slots = DatabaseSlots(limit: 10)
    public static let connectionsPerClient = 8

    public static let logger: Logger = {
        var logger = Logger(label: "test-database")
        logger.logLevel = .warning
        return logger
    }()

    /// Creates a fresh database, migrated unless `migrated` is false (then it is
    /// empty), runs `body` with it, then drops it.
    public static func withFresh<Result: Sendable>(
        migrated: Bool = true, _ body: @Sendable (TestDatabase) async throws -> Result
    ) async throws -> Result {
        let server = try TestServer.shared()
        let template = migrated ? try await TestServer.template.value : "template1"
        await slots.acquire()
        do {
            let result = try await withSlot(server: server, template: template, migrated: migrated, body)
            await slots.release()
            return result
        } catch {
            await slots.release()
            throw error
        }
    }

    private static func withSlot<Result: Sendable>(
        server: TestServer, template: String, migrated: Bool, _ body: @Sendable (TestDatabase) async throws -> Result
    ) async throws -> Result {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await server.administer("CREATE DATABASE \(name) TEMPLATE \(template)")
        if migrated {
            // Database-level grants are not copied from a template; 0002 grants this one.
            try await server.administer("GRANT CREATE ON DATABASE \(name) TO callboard_app")
        }
        let database = TestDatabase(
            applicationURL: server.application.database(name),
            administratorURL: server.administrator.database(name),
            name: name
        )
        do {
            let result = try await body(database)
            try await server.administer("DROP DATABASE \(name) WITH (FORCE)")
            return result
        } catch {
            _ = try? await server.administer("DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
    }

    /// An event store on a fresh database, connected as the application user.
    public static func withEventStore<Result: Sendable>(
        configuration: EventLog.Configuration = EventLog.Configuration(),
        _ body: @Sendable (EventLog, TestDatabase) async throws -> Result
    ) async throws -> Result {
        try await withFresh { database in
            try await PostgresClient.withRunningClient(
                database.applicationURL, logger: logger, maximumConnections: connectionsPerClient,
                sessionParameters: configuration.deadlines.sessionParameters
            ) { client in
                try await body(EventLog(client: client, configuration: configuration, logger: logger), database)
            }
        }
    }

    /// Runs `body` with a client connected as the administrator to this database.
    public func withAdministrator<Result: Sendable>(_ body: @Sendable (PostgresClient) async throws -> Result) async throws -> Result {
        try await PostgresClient.withRunningClient(
            administratorURL, logger: Self.logger, maximumConnections: Self.connectionsPerClient, body)
    }
}
