import EventStore
import Logging
import PostgresNIO

/// The session-level advisory locks of the projections a runner leads, all held on ONE
/// connection (the runner's leadership session) instead of one connection per projection.
///
/// A lock is a projection's leadership: whoever holds `leaderLockKey` leads it. Holding
/// them on one session keeps the per-projection keys (so runners of older builds, which
/// take one connection per projection, still exclude these), and lets the runner give up
/// one projection (``unlock(_:)``) while it keeps the others. When the session ends, every
/// lock on it goes: a crashed runner's standby takes over at once.
///
/// Every call runs under the statement deadline and fails at once if the connection
/// closes (``DatabaseDeadline``): a session that cannot answer is a session lost.
struct LeaderLocks: Sendable {
    let connection: PostgresConnection
    let deadline: Duration
    let logger: Logger

    /// Tries each of `keys` without waiting; returns those now held.
    func tryLock(_ keys: [Int64]) async throws -> Set<Int64> {
        let (connection, logger) = (connection, logger)
        return try await DatabaseDeadline.run("taking projection leader locks", within: deadline, closing: connection, logger: logger) {
            let rows = try await connection.query(
                "SELECT key, pg_try_advisory_lock(key) FROM unnest(\(keys)::bigint[]) AS key", logger: logger)
            var held: Set<Int64> = []
            for try await (key, locked) in rows.decode((Int64, Bool).self) where locked { held.insert(key) }
            return held
        }
    }

    /// Releases `key`; true if it was held on this session.
    @discardableResult
    func unlock(_ key: Int64) async throws -> Bool {
        let (connection, logger) = (connection, logger)
        return try await DatabaseDeadline.run("releasing a projection leader lock", within: deadline, closing: connection, logger: logger) {
            let rows = try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            for try await released in rows.decode(Bool.self) { return released }
            return false
        }
    }

    /// Of `keys`, those this session holds now: a session the server replaced (or an
    /// unlock behind our back) shows here.
    func held(_ keys: [Int64]) async throws -> Set<Int64> {
        let (connection, logger) = (connection, logger)
        return try await DatabaseDeadline.run("checking projection leader locks", within: deadline, closing: connection, logger: logger) {
            // A bigint advisory key is stored as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
            let rows = try await connection.query("""
                SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks
                 WHERE locktype = 'advisory' AND objsubid = 1 AND granted AND pid = pg_backend_pid()
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """, logger: logger)
            var held: Set<Int64> = []
            for try await key in rows.decode(Int64.self) { held.insert(key) }
            return held.intersection(keys)
        }
    }
}
