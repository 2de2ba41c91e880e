import EventStore
import Foundation
import Logging
import PostgresNIO

/// A place in a test database where sessions stop until the test lets them go, so that a
/// test can cut a session off (or stop the server) at an exact step of a transaction.
///
/// A fault point is a statement trigger (created by the administrator, in the test's
/// database only) whose function waits for an advisory lock the test holds. Any session
/// that reaches the step waits there, visibly (`wait_event = 'advisory'` in
/// `pg_stat_activity`), until the test releases the lock or terminates the session.
public struct FaultPoint: Sendable {
    /// A trigger timing, event and table: `BEFORE INSERT ON events`.
    public let trigger: String
    /// Whether the trigger is a deferred constraint trigger, which fires during COMMIT.
    public let atCommit: Bool

    /// Sessions stop when they begin inserting into `table` (for `events`, inside a COPY).
    public static func beforeInsert(into table: String) -> FaultPoint {
        FaultPoint(trigger: "BEFORE INSERT ON \(table) FOR EACH STATEMENT", atCommit: false)
    }

    /// Sessions stop when they begin updating `table`.
    public static func beforeUpdate(of table: String) -> FaultPoint {
        FaultPoint(trigger: "BEFORE UPDATE ON \(table) FOR EACH STATEMENT", atCommit: false)
    }

    /// Sessions stop in COMMIT of a transaction that inserted into `table`.
    public static func atCommit(afterInsertInto table: String) -> FaultPoint {
        FaultPoint(trigger: "AFTER INSERT ON \(table) DEFERRABLE INITIALLY DEFERRED FOR EACH ROW", atCommit: true)
    }

    /// The advisory lock key fault points wait for.
    public static let lockKey: Int64 = 0x6661_756C_7400

    /// Installs the fault point in `database` and runs `body` while sessions stop there; the
    /// sessions stopped are let go when `body` returns (unless it terminated them).
    public func armed<Result: Sendable>(
        in database: TestDatabase, _ body: @Sendable (FaultSession) async throws -> Result
    ) async throws -> Result {
        try await armed(administrator: database.administratorURL, body)
    }

    /// ``armed(in:_:)`` in the database of `administrator`, a superuser's URL.
    public func armed<Result: Sendable>(
        administrator: DatabaseURL, _ body: @Sendable (FaultSession) async throws -> Result
    ) async throws -> Result {
        let database = administrator.database
        return try await PostgresClient.withRunningClient(administrator, logger: TestDatabase.logger) { client in
            try await client.withConnection { admin in
                let logger = TestDatabase.logger
                let name = "fault_point_\(UUID().uuidString.prefix(8).lowercased())"
                try await admin.query(PostgresQuery(unsafeSQL: """
                    CREATE OR REPLACE FUNCTION fault_point_wait() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_advisory_lock_shared(\(Self.lockKey));
                        PERFORM pg_advisory_unlock_shared(\(Self.lockKey));
                        RETURN NULL;
                    END $$
                    """), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: """
                    CREATE \(atCommit ? "CONSTRAINT " : "")TRIGGER \(name) \(trigger) EXECUTE FUNCTION fault_point_wait()
                    """), logger: logger)
                try await admin.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger)
                let session = FaultSession(client: client, database: database)
                // Let the stopped sessions go, if the server still runs (a test may crash it,
                // and then a query on this connection could wait for ever).
                let release = {
                    _ = try? await DatabaseDeadline.run("releasing a fault point", within: .seconds(5), closing: admin, logger: logger) {
                        _ = try await admin.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                    }
                }
                do {
                    let result = try await body(session)
                    await release()
                    return result
                } catch {
                    await release()
                    throw error
                }
            }
        }
    }
}

/// What a test does to the sessions stopped at a ``FaultPoint``.
public struct FaultSession: Sendable {
    let client: PostgresClient
    let database: String

    /// Sessions of `database` seen through `client` (an administrator's), for a test that
    /// stops them by its own trigger.
    public init(client: PostgresClient, database: String) {
        self.client = client
        self.database = database
    }

    /// Waits until a session stops at the fault point (at most `timeout`); returns its pid.
    public func waitForStoppedSession(timeout: Duration = .seconds(150)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let rows = try await client.query("""
                SELECT pid FROM pg_stat_activity
                 WHERE datname = \(database) AND wait_event_type = 'Lock' AND wait_event = 'advisory'
                 ORDER BY backend_start LIMIT 1
                """, logger: TestDatabase.logger)
            for try await pid in rows.decode(Int32.self) { return pid }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw FaultPointError(description: "no session reached the fault point within \(timeout)")
    }

    /// Ends a session as `pg_terminate_backend` does (what an operator or a failover does).
    public func terminate(_ pid: Int32) async throws {
        try await client.query("SELECT pg_terminate_backend(\(pid))", logger: TestDatabase.logger)
    }

    /// The pid of the session holding the advisory lock `key` (a projection leader's), if any.
    public func holder(ofAdvisoryLock key: Int64) async throws -> Int32? {
        try await TestDatabase.advisoryLockHolder(key, client: client, database: database)
    }
}

/// Why a fault point could not be used.
public struct FaultPointError: Error, CustomStringConvertible {
    public let description: String
}

extension TestDatabase {
    /// The pid of the session in `database` holding the session-level advisory lock `key`.
    public static func advisoryLockHolder(_ key: Int64, client: PostgresClient, database: String) async throws -> Int32? {
        let rows = try await client.query("""
            SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
             WHERE l.locktype = 'advisory' AND l.granted AND d.datname = \(database)
               AND ((l.classid::int8 << 32) | l.objid::int8) = \(key)
            """, logger: logger)
        for try await pid in rows.decode(Int32.self) { return pid }
        return nil
    }
}
