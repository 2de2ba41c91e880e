import Logging
import PostgresNIO

/// Brings a database's schema up to date: applies each pending migration once, in
/// order, each in its own transaction, and records it with its checksum.
///
/// Concurrent runs are safe: they queue on an advisory lock (transaction-level, so through
/// a pooler in transaction mode too), and the later one finds nothing left to do. An already-applied migration whose file was edited since is
/// refused before anything is applied.
public struct Migrator: Sendable {
    /// Why migrating stopped.
    public enum MigrationError: Error, CustomStringConvertible {
        case editedAfterApplying(file: String, appliedChecksum: String, fileChecksum: String)
        case failed(file: String, reason: String)

        public var description: String {
            switch self {
            case .editedAfterApplying(let file, let applied, let current):
                return """
                    migration \(file) was changed after it was applied (applied checksum \(applied.prefix(12)), \
                    file now \(current.prefix(12))); add a new migration instead of editing an applied one
                    """
            case .failed(let file, let reason):
                return "migration \(file) failed and was rolled back: \(reason)"
            }
        }
    }

    /// What a run found and did.
    public struct Report: Sendable {
        public let applied: [Migration]
        public let alreadyApplied: Int
    }

    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Applies what is pending. The lock runs are queued on is transaction-level, taken
    /// again in each transaction: a session-level lock would not survive a pooler in
    /// transaction mode (PgBouncer), where each transaction may run in another server
    /// session, so migrations run through any URL. (The key is the one older migrators
    /// took at session level: the two kinds exclude each other.)
    public func migrate(_ migrations: [Migration]) async throws -> Report {
        try await client.withConnection { connection in
            try await migrate(migrations, on: connection)
        }
    }

    private func lock(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(AdvisoryLockKey.migrations))", logger: logger)
    }

    /// The applied migrations' checksums, by version, read under the lock.
    private func appliedChecksums(on connection: PostgresConnection) async throws -> [Int: String] {
        let logger = logger
        return try await connection.transaction(logger: logger) { connection in
            try await lock(connection)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: [Int: String] = [:]
            let rows = try await connection.query("SELECT version, checksum FROM schema_migrations", logger: logger)
            for try await (version, checksum) in rows.decode((Int32, String).self) { applied[Int(version)] = checksum }
            return applied
        }
    }

    private func migrate(_ migrations: [Migration], on connection: PostgresConnection) async throws -> Report {
        let applied = try await appliedChecksums(on: connection)
        for migration in migrations {
            if let checksum = applied[migration.version], checksum != migration.checksum {
                throw MigrationError.editedAfterApplying(
                    file: migration.fileName, appliedChecksum: checksum, fileChecksum: migration.checksum)
            }
        }
        var newlyApplied: [Migration] = []
        for migration in migrations where applied[migration.version] == nil {
            let applies: Bool
            do {
                applies = try await connection.transaction(logger: logger) { connection in
                    try await lock(connection)
                    // A run queued behind this one's lock finds it applied.
                    let rows = try await connection.query(
                        "SELECT 1 FROM schema_migrations WHERE version = \(migration.version)", logger: logger)
                    for try await _ in rows { return false }
                    for statement in SQLScript.statements(in: migration.sql) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("""
                        INSERT INTO schema_migrations (version, name, checksum)
                        VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                        """, logger: logger)
                    return true
                }
            } catch {
                throw MigrationError.failed(file: migration.fileName, reason: DatabaseErrorText.describe(error))
            }
            guard applies else { continue }
            logger.info("applied migration", metadata: ["file": "\(migration.fileName)"])
            newlyApplied.append(migration)
        }
        return Report(applied: newlyApplied, alreadyApplied: migrations.count - newlyApplied.count)
    }
}
