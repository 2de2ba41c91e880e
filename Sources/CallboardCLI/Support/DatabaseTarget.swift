import EmbeddedPostgres
import CallboardProjections
import EventStore
import Foundation
import Logging
import PostgresNIO

/// Which PostgreSQL server the commands work against: `CALLBOARD_DATABASE_URL` when
/// set, else the server libpq's `PGHOST`/`PGDATABASE` environment variables name,
/// otherwise the embedded cluster under `.callboard/`, started on demand.
///
/// Migrations run as `CALLBOARD_ADMIN_DATABASE_URL` when set (an owner of the schema),
/// else as the database URL's user; everything else runs as the application user.
struct DatabaseTarget {
    let application: DatabaseURL
    let administrator: DatabaseURL
    /// The embedded cluster, when no external URL is configured.
    let cluster: LocalCluster?

    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseTarget {
        if let url = environment["CALLBOARD_DATABASE_URL"], !url.isEmpty {
            let application = try DatabaseURL(parsing: url, environment: environment)
            let administrator = try environment["CALLBOARD_ADMIN_DATABASE_URL"].map { try DatabaseURL(parsing: $0, environment: environment) } ?? application
            return DatabaseTarget(application: application, administrator: administrator, cluster: nil)
        }
        if let application = try DatabaseURL.fromLibpqEnvironment(environment) {
            let administrator = try environment["CALLBOARD_ADMIN_DATABASE_URL"].map { try DatabaseURL(parsing: $0, environment: environment) } ?? application
            return DatabaseTarget(application: application, administrator: administrator, cluster: nil)
        }
        let cluster = LocalCluster.fromEnvironment(environment)
        return DatabaseTarget(
            application: try DatabaseURL(parsing: cluster.applicationURL, environment: [:]),
            administrator: try DatabaseURL(parsing: cluster.administratorURL, environment: [:]),
            cluster: cluster
        )
    }

    /// Starts the embedded cluster if that is the target and it is not running.
    func ensureRunning() throws {
        try cluster?.ensureRunning()
    }

    /// The pool's cap: every read model's runner holds a leadership connection and takes a
    /// second for each batch, and `serve` answers requests beside them. PostgresNIO's
    /// default of 20 left the runners of 12 read models waiting for connections (and giving
    /// leadership up after the connect deadline). Connections open only when needed.
    static let maximumConnections = 2 * CallboardReadModels.all.count + 16

    /// Runs `body` with an event store connected as the application user.
    func withEventStore<Result: Sendable>(
        logger: Logger, _ body: @Sendable (EventLog) async throws -> Result
    ) async throws -> Result {
        try ensureRunning()
        // The application's sessions end statements and lock waits at the statement deadline.
        let deadlines = DatabaseDeadlines.fromEnvironment
        return try await PostgresClient.withRunningClient(
            application, logger: logger, reachableWithin: deadlines.connect, maximumConnections: Self.maximumConnections,
            sessionParameters: deadlines.sessionParameters
        ) { client in
            let store = EventLog(client: client, logger: logger)
            let result = try await body(store)
            // Appends notify in the background: let the last notification out before closing.
            await store.notificationsSent()
            return result
        }
    }
}
