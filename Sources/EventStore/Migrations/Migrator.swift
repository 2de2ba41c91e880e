import Logging
import PostgresNIO

/// Brings a database's schema up to date: applies each pending migration once, in
/// order, each in its own transaction, and records it with its checksum.
///
/// Concurrent runs are safe: they queue on an advisory lock, and the later one finds
/// nothing left to do. An already-applied migration whose file was edited since is
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

    public func migrate(_ migrations: [Migration]) async throws -> Report {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(AdvisoryLockKey.migrations))", logger: logger)
            do {
                let report = try await migrate(migrations, on: connection)
                try await connection.query("SELECT pg_advisory_unlock(\(AdvisoryLockKey.migrations))", logger: logger)
                return report
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(AdvisoryLockKey.migrations))", logger: logger)
                throw error
            }
        }
    }

    private func migrate(_ migrations: [Migration], on connection: PostgresConnection) async throws -> Report {
        try await connection.query("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        var applied: [Int: String] = [:]
        let rows = try await connection.query("SELECT version, checksum FROM schema_migrations", logger: logger)
        for try await (version, checksum) in rows.decode((Int32, String).self) { applied[Int(version)] = checksum }

        for migration in migrations {
            if let checksum = applied[migration.version], checksum != migration.checksum {
                throw MigrationError.editedAfterApplying(
                    file: migration.fileName, appliedChecksum: checksum, fileChecksum: migration.checksum)
            }
        }
        var newlyApplied: [Migration] = []
        for migration in migrations where applied[migration.version] == nil {
            do {
                try await connection.transaction(logger: logger) { connection in
                    for statement in SQLScript.statements(in: migration.sql) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("""
                        INSERT INTO schema_migrations (version, name, checksum)
                        VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                        """, logger: logger)
                }
            } catch {
                throw MigrationError.failed(file: migration.fileName, reason: DatabaseErrorText.describe(error))
            }
            logger.info("applied migration", metadata: ["file": "\(migration.fileName)"])
            newlyApplied.append(migration)
        }
        return Report(applied: newlyApplied, alreadyApplied: migrations.count - newlyApplied.count)
    }
}
