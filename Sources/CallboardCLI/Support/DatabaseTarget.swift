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
///
/// `CALLBOARD_DATABASE_URL` may point at a pooler in transaction mode (PgBouncer): every
/// call but the session features is one statement or one transaction. The session features
/// (a projection runner's LISTEN and leader-lock connections, the season run lock) connect
/// to `CALLBOARD_DIRECT_DATABASE_URL`, straight to PostgreSQL, when it is set (else to the
/// database URL): see ``EventLog/sessions``.
struct DatabaseTarget {
    let application: DatabaseURL
    let administrator: DatabaseURL
    /// Where the session features connect: the application user, straight to PostgreSQL.
    var direct: DatabaseURL
    /// The embedded cluster, when no external URL is configured.
    let cluster: LocalCluster?

    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseTarget {
        if let url = environment["CALLBOARD_DATABASE_URL"], !url.isEmpty {
            let application = try DatabaseURL(parsing: url, environment: environment)
            let administrator = try environment["CALLBOARD_ADMIN_DATABASE_URL"].map { try DatabaseURL(parsing: $0, environment: environment) } ?? application
            return DatabaseTarget(
                application: application, administrator: administrator,
                direct: try directURL(environment) ?? application, cluster: nil)
        }
        if let application = try DatabaseURL.fromLibpqEnvironment(environment) {
            let administrator = try environment["CALLBOARD_ADMIN_DATABASE_URL"].map { try DatabaseURL(parsing: $0, environment: environment) } ?? application
            return DatabaseTarget(
                application: application, administrator: administrator,
                direct: try directURL(environment) ?? application, cluster: nil)
        }
        let cluster = LocalCluster.fromEnvironment(environment)
        let application = try DatabaseURL(parsing: cluster.applicationURL, environment: [:])
        return DatabaseTarget(
            application: application,
            administrator: try DatabaseURL(parsing: cluster.administratorURL, environment: [:]),
            direct: application,
            cluster: cluster
        )
    }

    /// `CALLBOARD_DIRECT_DATABASE_URL`, when set.
    static func directURL(_ environment: [String: String]) throws -> DatabaseURL? {
        guard let url = environment["CALLBOARD_DIRECT_DATABASE_URL"], !url.isEmpty else { return nil }
        return try DatabaseURL(parsing: url, environment: environment)
    }

    /// Starts the embedded cluster if that is the target and it is not running.
    func ensureRunning() throws {
        try cluster?.ensureRunning()
    }

    /// The pool's cap: a projection runner's followers take at most one pooled connection
    /// each at a time (a batch, a read of the log), and `serve` answers requests beside
    /// them. Connections open only when needed, and close after a minute idle.
    static let maximumConnections = CallboardReadModels.all.count + 16

    /// The session client's cap: a projection runner holds two sessions (LISTEN and the
    /// leader locks), whatever the number of read models; the season run lock one.
    static let sessionConnections = 2

    /// How the session connections are named in `pg_stat_activity` (`application_name`).
    static let sessionApplicationName = "callboard-session"

    /// The configuration of the session features' client: at most ``sessionConnections``
    /// connections to ``direct``, opened only when a session feature is used.
    func sessionClientConfiguration(_ deadlines: DatabaseDeadlines) throws -> PostgresClient.Configuration {
        var configuration = try direct.clientConfiguration(
            sessionParameters: deadlines.sessionParameters + [("application_name", Self.sessionApplicationName)])
        configuration.options.maximumConnections = Self.sessionConnections
        return configuration
    }

    /// Runs `body` with an event store connected as the application user: its pool to the
    /// database URL, its session features to the direct URL (no connection opens there
    /// unless a session feature is used).
    func withEventStore<Result: Sendable>(
        logger: Logger, _ body: @Sendable (EventLog) async throws -> Result
    ) async throws -> Result {
        try ensureRunning()
        // The application's sessions end statements and lock waits at the statement deadline.
        let deadlines = DatabaseDeadlines.fromEnvironment
        let sessions = PostgresClient(configuration: try sessionClientConfiguration(deadlines), backgroundLogger: logger)
        return try await PostgresClient.withRunningClient(
            application, logger: logger, reachableWithin: deadlines.connect, maximumConnections: Self.maximumConnections,
            sessionParameters: deadlines.sessionParameters
        ) { client in
            try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
                group.addTask { await sessions.run() }
                defer { group.cancelAll() }
                let store = EventLog(client: client, sessions: sessions, logger: logger)
                let result = try await body(store)
                // Appends notify in the background: let the last notification out before closing.
                await store.notificationsSent()
                return result
            }
        }
    }
}
