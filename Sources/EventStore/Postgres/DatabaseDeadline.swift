import Logging
import PostgresNIO
import Synchronization

/// Bounds how long a database call may keep its caller waiting, and turns a connection
/// the server closed into an error at once instead of a hang.
///
/// PostgresNIO (1.33) can leave a call waiting for ever when the server goes away in the
/// middle of it (a query, a COPY, a LISTEN on a connection the server closed), and
/// waiting for a pooled connection has no timeout of its own. ``run(_:within:closing:logger:_:)``
/// races the operation against a timer and against the connection's closing: on either,
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
        let race = DeadlineRace<Result>()
        let work = Task {
            do { race.finish(with: .success(try await operation())) } catch { race.finish(with: .failure(error)) }
        }
        // Watch the clock and the connection: a connection the server closed (it ended the
        // session or went away) is an error now, not when the deadline passes. Polled, since
        // a callback on a pooled connection's close would stay registered for its lifetime.
        let timer = Task {
            let start = ContinuousClock.now
            while !Task.isCancelled {
                if let connection, connection.isClosed {
                    race.interrupt(.connectionLost(what, detail: "the server closed the connection"))
                    return
                }
                let now = ContinuousClock.now
                if let limit, now - start >= limit {
                    race.interrupt(.timedOut(what, after: limit))
                    return
                }
                // A cancelled caller waits for the operation to unwind, but not for ever.
                if let cancelled = race.cancelledAt, now - cancelled >= unwindGrace {
                    race.abandonAfterCancellation()
                    return
                }
                let step = Duration.milliseconds(100)
                try? await Task.sleep(for: limit.map { min(step, max(.milliseconds(1), $0 - (now - start))) } ?? step)
            }
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            switch await race.outcome() {
            case .finished(let result):
                return try result.get()
            case .interrupted(let interruption):
                logger.warning("database call interrupted", metadata: ["operation": "\(what)", "reason": "\(interruption)"])
                // Cancel first, close after: a cancelled COPY fails itself cleanly (PostgresNIO
                // sends CopyFail while its state machine is still in copy mode), whereas a
                // connection closed under a running COPY makes PostgresNIO 1.33 trap when the
                // cancelled writer then reports its failure ("Copy mode is only supported for
                // extended queries"). A hung call gets a moment, then its connection is closed.
                work.cancel()
                if let connection {
                    _ = await race.settled(within: cancelBeforeClose)
                    try? await connection.close()
                }
                // A closed connection normally fails the operation at once; give it a moment
                // to unwind (roll back, release its lease) and then stop waiting for it.
                _ = await race.settled(within: unwindGrace)
                throw interruption
            case .abandonedAfterCancellation:
                logger.warning("database call did not end after cancellation; abandoned", metadata: ["operation": "\(what)"])
                if let connection { try? await connection.close() }
                throw CancellationError()
            }
        } onCancel: {
            race.markCancelled()
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

/// The first of: the operation's result, or an interruption. Resumed exactly once.
private final class DeadlineRace<Result: Sendable>: Sendable {
    enum Outcome: Sendable {
        case finished(Swift.Result<Result, any Error>)
        case interrupted(DatabaseInterruption)
        case abandonedAfterCancellation
    }

    private struct State {
        var outcome: Outcome?
        var cancelledAt: ContinuousClock.Instant?
        var operationDone = false
        var waiter: CheckedContinuation<Outcome, Never>?
        var settledWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func finish(with result: Swift.Result<Result, any Error>) {
        let (waiter, settled) = state.withLock { state -> (CheckedContinuation<Outcome, Never>?, [CheckedContinuation<Void, Never>]) in
            state.operationDone = true
            let settled = state.settledWaiters
            state.settledWaiters = []
            guard state.outcome == nil else { return (nil, settled) }
            state.outcome = .finished(result)
            defer { state.waiter = nil }
            return (state.waiter, settled)
        }
        waiter?.resume(returning: .finished(result))
        settled.forEach { $0.resume() }
    }

    func interrupt(_ interruption: DatabaseInterruption) {
        settle(.interrupted(interruption))
    }

    func abandonAfterCancellation() {
        settle(.abandonedAfterCancellation)
    }

    private func settle(_ outcome: Outcome) {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            guard state.outcome == nil, !state.operationDone else { return nil }
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: outcome)
    }

    func markCancelled() {
        state.withLock { $0.cancelledAt = $0.cancelledAt ?? ContinuousClock.now }
    }

    var cancelledAt: ContinuousClock.Instant? { state.withLock { $0.cancelledAt } }

    func outcome() async -> Outcome {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> Outcome? in
                if let outcome = state.outcome { return outcome }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Waits until the operation has returned, or `grace` has passed; true if it returned.
    func settled(within grace: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let done = self.state.withLock { state -> Bool in
                        if state.operationDone { return true }
                        state.settledWaiters.append(continuation)
                        return false
                    }
                    if done { continuation.resume() }
                }
                return true
            }
            group.addTask {
                try? await Task.sleep(for: grace)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            if !first {
                // Release the waiter so the group can end; the operation is left behind.
                let waiters = state.withLock { state in
                    defer { state.settledWaiters = [] }
                    return state.settledWaiters
                }
                waiters.forEach { $0.resume() }
            }
            return first
        }
    }
}
