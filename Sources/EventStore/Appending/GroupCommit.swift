import Synchronization

/// Group commit in the process: single-event appends that tasks of one store make at the
/// same time share one call to the server, one transaction and one commit.
///
/// One writer is bound by its commit's WAL flush, and eight writers on a small machine by
/// the CPU each transaction costs; a group pays for one round trip, one commit and one flush
/// however many appends it carries. An append that finds no call running goes at once,
/// alone, through the single-append path (no waiting, no extra cost for a lone writer). One
/// that finds fewer than ``EventLog/Configuration/appendGroupsInFlight`` calls running starts
/// a group call, which yields once so that the appenders ready to run join it; otherwise it
/// waits, and when a running call ends, everything that waited meanwhile goes as the next
/// group (up to ``largestGroup``), run by
/// `append_single_events` (migration 0006), which checks and answers each append on its
/// own: one refused append refuses only itself.
final class GroupCommit: Sendable {
    /// One waiting single-event append and where its answer goes.
    struct Request: Sendable {
        let stream: StreamID
        let expected: ExpectedVersion
        let event: NewEvent
        let reply: CheckedContinuation<AppendResult, any Error>
    }

    private struct State {
        var waiting: [Request] = []
        var inFlight = 0

        mutating func takeGroup() -> [Request] {
            let count = min(waiting.count, GroupCommit.largestGroup)
            defer { waiting.removeFirst(count) }
            return Array(waiting.prefix(count))
        }
    }

    /// The most appends in one group: each runs in a subtransaction on the server, and a
    /// transaction keeps its first 64 subtransactions in shared memory cheaply.
    static let largestGroup = 32

    private let callsInFlight: Int
    private let state = Mutex(State())

    /// How many appends wait for the next group now (for tests).
    var waitingAppends: Int { state.withLock { $0.waiting.count } }

    init(callsInFlight: Int) {
        self.callsInFlight = max(1, callsInFlight)
    }

    /// Appends `event` to `stream` through `store`: alone and at once if a call is free,
    /// else in the next group.
    func append(to stream: StreamID, expecting expected: ExpectedVersion, _ event: NewEvent, through store: EventLog) async throws -> AppendResult {
        let goesAlone = state.withLock { state -> Bool in
            guard state.inFlight == 0, state.waiting.isEmpty else { return false }
            state.inFlight += 1
            return true
        }
        if goesAlone {
            defer { callEnded(through: store) }
            return try await store.appendAlone(to: stream, expecting: expected, [event])
        }
        return try await withCheckedThrowingContinuation { reply in
            let startsCall = state.withLock { state -> Bool in
                state.waiting.append(Request(stream: stream, expected: expected, event: event, reply: reply))
                guard state.inFlight < callsInFlight else { return false }
                state.inFlight += 1
                return true
            }
            if startsCall { Task { await self.gatherAndRun(through: store) } }
        }
    }

    /// Starts a call while another runs: first lets the appenders that are ready to run
    /// (typically those the last group answered, about to append again) join the group,
    /// then runs it. Going at once would send a group of one and leave the others to wait
    /// for the next call; one yield gathers them at no cost to a lone writer (who never
    /// comes here: with no call running, an append goes alone at once).
    private func gatherAndRun(through store: EventLog) async {
        await Task.yield()
        let group = state.withLock { $0.takeGroup() }
        guard !group.isEmpty else {
            callEnded(through: store)
            return
        }
        await run(group, through: store)
    }

    /// Runs `group`, then every group that gathered meanwhile, until none waits.
    private func run(_ group: [Request], through store: EventLog) async {
        var group = group
        while true {
            await store.appendGroup(group)
            guard let next = state.withLock({ state -> [Request]? in
                guard !state.waiting.isEmpty else {
                    state.inFlight -= 1
                    return nil
                }
                return state.takeGroup()
            }) else { return }
            group = next
        }
    }

    /// A lone append's call ended: the appends that gathered meanwhile go as a group, on a
    /// task of their own so that the lone appender gets its answer now.
    private func callEnded(through store: EventLog) {
        let group = state.withLock { state -> [Request]? in
            guard !state.waiting.isEmpty else {
                state.inFlight -= 1
                return nil
            }
            return state.takeGroup()
        }
        if let group { Task { await self.run(group, through: store) } }
    }
}
