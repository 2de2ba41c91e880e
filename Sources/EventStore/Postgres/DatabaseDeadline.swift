import Logging
import PostgresNIO
import Synchronization

/// Bounds how long a database call may keep its caller waiting, and turns a connection
/// the server closed into an error at once instead of a hang.
///
/// PostgresNIO (1.33) can leave a call waiting for ever when the server goes away in the
/// middle of it (a query, a COPY, a LISTEN on a connection the server closed), and
/// waiting for a pooled connection has no timeout of its own. ``run(_:within:closing:logger:_:)``
/// races the operation against its deadline and against the connection's closing, both
/// watched by the process's one ``DeadlineWatch`` (no timer of its own per call): on either,
/// it closes the connection (which fails whatever waits on it and makes the server roll
/// back an open transaction), cancels the operation and throws a ``DatabaseInterruption``
/// naming what was interrupted. An operation that still does not finish shortly after
/// its connection closed is left behind rather than awaited, so the caller is never
/// held by a continuation PostgresNIO forgot to resume.
public enum DatabaseDeadline {
    /// How long an interrupted operation is given to unwind after its connection closed
    /// or it was cancelled, before it is left behind.
    static let unwindGrace: Duration = .seconds(2)

    /// How long a timed-out or interrupted operation is given to fail by cancellation alone
    /// before its connection is closed under it.
    static let cancelBeforeClose: Duration = .milliseconds(500)

    /// Runs `operation`, failing with ``DatabaseInterruption/timedOut(_:after:)`` after
    /// `limit` (nil: no time limit) and with ``DatabaseInterruption/connectionLost(_:detail:)``
    /// as soon as `connection` closes while the operation runs.
    ///
    /// - Parameters:
    ///   - what: what the operation does, for the error and the log ("bulk append of 5000 events").
    ///   - connection: the connection the operation uses, if it holds one: closed on timeout.
    public static func run<Result: Sendable>(
        _ what: String,
        within limit: Duration?,
        closing connection: PostgresConnection? = nil,
        logger: Logger,
        _ operation: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await guarded(DeadlineRace(what, within: limit, on: connection), logger: logger) { _ in try await operation() }
    }

    /// Runs `operation` on a task of its own, raced by `race` under `watch`, and answers
    /// with the race's outcome. `operation` gets the function that records a pooled
    /// connection's lease (false: the caller stopped waiting; the connection must not be used).
    ///
    /// A call that returns before its deadline costs its task and a ``DeadlineWatch``
    /// entry; the timers, the closing and the waits for unwinding are paid only by calls
    /// that are interrupted.
    static func guarded<Result: Sendable>(
        _ race: DeadlineRace<Result>,
        logger: Logger,
        watch: DeadlineWatch = .shared,
        _ operation: @escaping @Sendable (_ leased: @escaping @Sendable (PostgresConnection) -> Bool) async throws -> Result
    ) async throws -> Result {
        let watched = race.watched
        let ticket = watch.watch(until: watched.deadline, connection: watched.connection) { race.alarm($0) }
        defer { watch.end(ticket) }
        let rearm: @Sendable () -> Void = {
            let watched = race.watched
            watch.rearm(ticket, until: watched.deadline, connection: watched.connection)
        }
        let work = Task {
            do {
                let result = try await operation { connection in
                    guard race.leased(connection) else { return false }
                    rearm()
                    return true
                }
                race.finish(with: .success(result))
            } catch {
                race.finish(with: .failure(error))
            }
        }
        return try await withTaskCancellationHandler {
            switch await race.outcome() {
            case .finished(let result):
                return try result.get()
            case .gaveUpWaiting(let interruption):
                // Stop waiting for the pool at once; the cancelled wait fails with the pool's
                // own `requestCancelled`, which the caller does not see.
                work.cancel()
                throw interruption
            case .interrupted(let interruption):
                logger.warning("database call interrupted", metadata: ["operation": "\(race.what)", "reason": "\(interruption)"])
                // Cancel first, close after: a cancelled COPY fails itself cleanly (PostgresNIO
                // sends CopyFail while its state machine is still in copy mode), whereas a
                // connection closed under a running COPY makes PostgresNIO 1.33 trap when the
                // cancelled writer then reports its failure ("Copy mode is only supported for
                // extended queries"). A hung call gets a moment, then its connection is closed.
                work.cancel()
                if let connection = race.connection {
                    _ = await race.settled(within: cancelBeforeClose)
                    try? await connection.close()
                }
                // A closed connection normally fails the operation at once; give it a moment
                // to unwind (roll back, release its lease) and then stop waiting for it.
                _ = await race.settled(within: unwindGrace)
                throw interruption
            case .abandonedAfterCancellation:
                logger.warning("database call did not end after cancellation; abandoned", metadata: ["operation": "\(race.what)"])
                if let connection = race.connection { try? await connection.close() }
                throw CancellationError()
            }
        } onCancel: {
            // A call still waiting for a connection ends now; a running one is cancelled and
            // given the unwind grace, after which the watch abandons it.
            if !race.cancelled() { rearm() }
            work.cancel()
        }
    }
}

/// Why a database call did not complete: it took longer than its deadline, or its
/// connection was lost. Either way an open transaction was rolled back by the server
/// (a transaction whose COMMIT was already sent may have committed: the retry of an
/// idempotent append tells which).
public enum DatabaseInterruption: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call did not finish within its deadline; its connection was closed.
    case timedOut(String, after: Duration)
    /// The connection was closed under the call (the server ended the session or stopped),
    /// or no connection could be had.
    case connectionLost(String, detail: String)

    /// What was interrupted.
    public var operation: String {
        switch self {
        case .timedOut(let what, _), .connectionLost(let what, _): return what
        }
    }

    public var description: String {
        switch self {
        case .timedOut(let what, let limit):
            return "\(what) did not finish within \(DatabaseDeadlines.text(limit)) (the database did not answer); it was abandoned"
        case .connectionLost(let what, let detail):
            return "database connection lost during \(what): \(detail)"
        }
    }
}
