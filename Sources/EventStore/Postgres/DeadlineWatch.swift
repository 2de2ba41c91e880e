import PostgresNIO
import Synchronization

/// One watchdog task for every database call of the process: it wakes a call's
/// ``DeadlineRace`` when the call's deadline passes or its connection closes.
///
/// A call that returns fast (nearly all of them) costs an entry put into and taken out of
/// a table under a lock: no task, no timer, no thread woken. The watchdog wakes at most
/// every ``connectionPoll`` while calls are watched (as each call's own timer did), sooner
/// when a deadline falls earlier, and sleeps without a timer while none is watched. A call
/// whose deadline is earlier than the watchdog's next wake-up (a limit under
/// ``connectionPoll``: tests) starts a new watchdog task so that it is not woken late.
///
/// An alarm only says that the time came or the connection closed; the race decides what
/// it means then (the call may have been leased a connection meanwhile, or have ended).
final class DeadlineWatch: Sendable {
    /// The watch of the process's database calls.
    static let shared = DeadlineWatch()

    /// How often the connections of watched calls are looked at: a connection the server
    /// closed fails its call within this long.
    static let connectionPoll: Duration = .milliseconds(100)

    /// What the watch noticed about a call.
    enum Alarm: Sendable {
        case deadlinePassed
        case connectionClosed
    }

    /// A watched call, until ``end(_:)``.
    struct Ticket: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        /// When to raise ``Alarm/deadlinePassed``; nil: no time limit (or raised already).
        var deadline: ContinuousClock.Instant?
        /// The connection whose closing raises ``Alarm/connectionClosed``.
        var connection: PostgresConnection?
        let alarm: @Sendable (Alarm) -> Void
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        var nextID: UInt64 = 0
        /// When the watchdog wakes next; nil while it waits for a call (or before it started).
        var wake: ContinuousClock.Instant?
        /// The watchdog waiting for a call to watch.
        var idle: CheckedContinuation<Void, Never>?
        /// The running watchdog's number: an older one stops when it wakes.
        var generation: UInt64 = 0
        var watchdog: Task<Void, Never>?
    }

    private let state = Mutex(State())

    /// How many calls are watched now (each fast call's entry is gone when it returns).
    var watchedCalls: Int { state.withLock { $0.entries.count } }

    /// Watches a call until ``end(_:)``: `alarm` is called (at most once per arming, never
    /// under a lock) when `deadline` passes or `connection` closes.
    func watch(
        until deadline: ContinuousClock.Instant?, connection: PostgresConnection?,
        alarm: @escaping @Sendable (Alarm) -> Void
    ) -> Ticket {
        let (id, wakeIdle) = state.withLock { state -> (UInt64, CheckedContinuation<Void, Never>?) in
            state.nextID += 1
            state.entries[state.nextID] = Entry(deadline: deadline, connection: connection, alarm: alarm)
            return (state.nextID, wakeSooner(for: deadline, &state))
        }
        wakeIdle?.resume()
        return Ticket(id: id)
    }

    /// Arms a watched call again: a new deadline (nil: none) and connection.
    func rearm(_ ticket: Ticket, until deadline: ContinuousClock.Instant?, connection: PostgresConnection?) {
        let wakeIdle = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.entries[ticket.id] != nil else { return nil }
            state.entries[ticket.id]?.deadline = deadline
            state.entries[ticket.id]?.connection = connection
            return wakeSooner(for: deadline, &state)
        }
        wakeIdle?.resume()
    }

    /// Moves a watched call's deadline to `instant` if that is earlier.
    func bringForward(_ ticket: Ticket, to instant: ContinuousClock.Instant) {
        let wakeIdle = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let entry = state.entries[ticket.id] else { return nil }
            state.entries[ticket.id]?.deadline = min(entry.deadline ?? instant, instant)
            return wakeSooner(for: instant, &state)
        }
        wakeIdle?.resume()
    }

    /// Stops watching a call.
    func end(_ ticket: Ticket) {
        _ = state.withLock { $0.entries.removeValue(forKey: ticket.id) }
    }

    /// Makes sure the watchdog wakes by `deadline`: wakes an idle one (returned, to resume
    /// outside the lock), starts the first, or replaces one that sleeps past it.
    private func wakeSooner(for deadline: ContinuousClock.Instant?, _ state: inout State) -> CheckedContinuation<Void, Never>? {
        if let idle = state.idle {
            state.idle = nil
            return idle
        }
        if state.watchdog == nil {
            startWatchdog(&state)
        } else if let deadline, let wake = state.wake, deadline < wake {
            state.watchdog?.cancel()
            startWatchdog(&state)
        }
        return nil
    }

    private func startWatchdog(_ state: inout State) {
        state.generation += 1
        let generation = state.generation
        state.wake = .now
        state.watchdog = Task.detached { [self] in await watchdog(generation) }
    }

    /// Raises the alarms that are due, then sleeps until the next deadline or poll, or
    /// until a call comes while none is watched.
    private func watchdog(_ generation: UInt64) async {
        while true {
            let now = ContinuousClock.now
            let (due, next, current) = state.withLock { state -> ([(@Sendable (Alarm) -> Void, Alarm)], ContinuousClock.Instant?, Bool) in
                guard state.generation == generation else { return ([], nil, false) }
                var due: [(@Sendable (Alarm) -> Void, Alarm)] = []
                var next = now + Self.connectionPoll
                for (id, entry) in state.entries {
                    if let deadline = entry.deadline, deadline <= now {
                        due.append((entry.alarm, .deadlinePassed))
                        state.entries[id]?.deadline = nil
                        state.entries[id]?.connection = nil
                    } else if let connection = entry.connection, connection.isClosed {
                        due.append((entry.alarm, .connectionClosed))
                        state.entries[id]?.deadline = nil
                        state.entries[id]?.connection = nil
                    } else if let deadline = entry.deadline {
                        next = min(next, deadline)
                    }
                }
                state.wake = state.entries.isEmpty ? nil : next
                return (due, state.wake, true)
            }
            guard current else { return }
            for (alarm, what) in due { alarm(what) }
            if let next {
                try? await Task.sleep(until: next, clock: .continuous)
            } else {
                await withCheckedContinuation { continuation in
                    let goOn = state.withLock { state -> Bool in
                        guard state.generation == generation, state.entries.isEmpty else { return true }
                        state.idle = continuation
                        return false
                    }
                    if goOn { continuation.resume() }
                }
            }
        }
    }
}
