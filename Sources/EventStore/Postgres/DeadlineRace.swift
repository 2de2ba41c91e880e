import PostgresNIO
import Synchronization

/// One database call raced against its deadlines, its connection's closing and its
/// caller's cancellation: the first of these decides what the caller gets, exactly once.
///
/// The call runs on a task of its own (so that a caller is never held by a continuation
/// PostgresNIO forgot to resume); ``DeadlineWatch`` raises its alarms. A call may first
/// wait for a pooled connection (the connect deadline), then run on it (the call's limit,
/// counted from the lease, and the connection's closing).
final class DeadlineRace<Result: Sendable>: Sendable {
    enum Outcome: Sendable {
        case finished(Swift.Result<Result, any Error>)
        /// Interrupted on a connection, or without one: the caller cancels and unwinds it.
        case interrupted(DatabaseInterruption)
        /// No connection came within the connect deadline: the caller stops waiting at once.
        case gaveUpWaiting(DatabaseInterruption)
        /// The caller was cancelled and the call did not end within the grace.
        case abandonedAfterCancellation
    }

    private enum Phase {
        case waitingForConnection(until: ContinuousClock.Instant)
        case running(on: PostgresConnection?, until: ContinuousClock.Instant?)
        case gaveUp
    }

    private struct State {
        var phase: Phase
        var outcome: Outcome?
        var cancelledAt: ContinuousClock.Instant?
        var operationDone = false
        var waiter: CheckedContinuation<Outcome, Never>?
        var settledWaiters: [CheckedContinuation<Void, Never>] = []
    }

    let what: String
    private let limit: Duration?
    private let connectLimit: Duration
    private let state: Mutex<State>

    /// A call that waits at most `connectLimit` for a pooled connection, then runs within `limit`.
    init(_ what: String, within limit: Duration?, connectWithin connectLimit: Duration) {
        self.what = what
        self.limit = limit
        self.connectLimit = connectLimit
        self.state = Mutex(State(phase: .waitingForConnection(until: ContinuousClock.now + connectLimit)))
    }

    /// A call that runs on `connection` (if it holds one) from now, within `limit`.
    init(_ what: String, within limit: Duration?, on connection: PostgresConnection?) {
        self.what = what
        self.limit = limit
        self.connectLimit = .zero
        self.state = Mutex(State(phase: .running(on: connection, until: limit.map { ContinuousClock.now + $0 })))
    }

    /// When the watch should raise an alarm now, and which connection it should look at.
    var watched: (deadline: ContinuousClock.Instant?, connection: PostgresConnection?) {
        state.withLock { state in
            let grace = state.cancelledAt.map { $0 + DatabaseDeadline.unwindGrace }
            switch state.phase {
            case .waitingForConnection(let until): return (until, nil)
            case .running(let connection, let until): return (Self.earliest(until, grace), connection)
            case .gaveUp: return (nil, nil)
            }
        }
    }

    /// The connection the call runs on, if it holds one.
    var connection: PostgresConnection? {
        state.withLock { state in
            if case .running(let connection, _) = state.phase { return connection }
            return nil
        }
    }

    /// Records that the pool leased `connection`: the limit starts now. False if the caller
    /// stopped waiting already (the connection is not to be used then).
    func leased(_ connection: PostgresConnection) -> Bool {
        state.withLock { state in
            guard case .waitingForConnection = state.phase, state.outcome == nil else { return false }
            state.phase = .running(on: connection, until: limit.map { ContinuousClock.now + $0 })
            return true
        }
    }

    /// The watch's alarm: settles the race if what it says still holds.
    func alarm(_ alarm: DeadlineWatch.Alarm) {
        let now = ContinuousClock.now
        let outcome = state.withLock { state -> Outcome? in
            guard state.outcome == nil, !state.operationDone else { return nil }
            switch (state.phase, alarm) {
            case (.waitingForConnection(let until), .deadlinePassed) where until <= now:
                state.phase = .gaveUp
                return .gaveUpWaiting(.connectionLost(what, detail: "no connection to the database within \(DatabaseDeadlines.text(connectLimit))"))
            case (.running, .connectionClosed):
                return .interrupted(.connectionLost(what, detail: "the server closed the connection"))
            case (.running(_, let until), .deadlinePassed):
                if let until, until <= now, let limit { return .interrupted(.timedOut(what, after: limit)) }
                if let cancelled = state.cancelledAt, now - cancelled >= DatabaseDeadline.unwindGrace { return .abandonedAfterCancellation }
                return nil
            default:
                return nil
            }
        }
        if let outcome { settle(outcome) }
    }

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

    private func settle(_ outcome: Outcome) {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            guard state.outcome == nil, !state.operationDone else { return nil }
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: outcome)
    }

    /// The caller was cancelled: a call still waiting for a connection ends now with a
    /// `CancellationError`; one running gets ``DatabaseDeadline/unwindGrace`` to end.
    /// True if it was still waiting.
    func cancelled() -> Bool {
        let gaveUp = state.withLock { state -> Bool in
            state.cancelledAt = state.cancelledAt ?? ContinuousClock.now
            guard case .waitingForConnection = state.phase, state.outcome == nil else { return false }
            state.phase = .gaveUp
            return true
        }
        if gaveUp { settle(.finished(.failure(CancellationError()))) }
        return gaveUp
    }

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

    private static func earliest(_ a: ContinuousClock.Instant?, _ b: ContinuousClock.Instant?) -> ContinuousClock.Instant? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }
}
