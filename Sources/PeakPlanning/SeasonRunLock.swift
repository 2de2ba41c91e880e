import EventStore
import Logging
import PostgresNIO

/// The PostgreSQL advisory lock that lets only one season forecast run at a time, across
/// every machine that schedules it (a systemd timer here, a CronJob there, a planner at a
/// terminal).
///
/// A session-level lock held on one connection for the whole run: if the process dies, the
/// session ends and PostgreSQL releases the lock, so a crash never wedges the job. The
/// connection comes from the store's session client (``EventLog/sessions``), straight to
/// PostgreSQL: through a pooler in transaction mode the lock and its release could land on
/// different server sessions, and the lock would outlive the run.
/// A second run does not wait: it is told at once (``SeasonRunError/alreadyRunning``).
enum SeasonRunLock {
    /// The lock's key, from its name: the same in every process and build.
    static let key = AdvisoryLockKey.named("callboard.forecast.season-run")

    /// Runs `body` holding the lock; throws ``SeasonRunError/alreadyRunning`` when another holds it.
    static func withLock<Result: Sendable>(
        _ store: EventLog, logger: Logger, _ body: () async throws -> Result
    ) async throws -> Result {
        try await store.sessions.withConnection { connection in
            let rows = try await connection.query("SELECT pg_try_advisory_lock(\(key))", logger: logger)
            var acquired = false
            for try await granted in rows.decode(Bool.self) { acquired = granted }
            guard acquired else { throw SeasonRunError.alreadyRunning }
            do {
                let result = try await body()
                _ = try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                throw error
            }
        }
    }
}

/// Why a season run did not run, in the scheduler's words.
public enum SeasonRunError: Error, Equatable, CustomStringConvertible {
    /// Another `forecast run` holds the lock.
    case alreadyRunning

    public var description: String {
        switch self {
        case .alreadyRunning:
            "another season forecast run is in progress (PostgreSQL advisory lock held); "
                + "nothing was done: wait for it to finish, then run again"
        }
    }
}
