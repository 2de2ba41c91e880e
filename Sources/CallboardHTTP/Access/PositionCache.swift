import CallboardProjections
import EventStore
import Synchronization

/// The read models' positions and every account's last change
/// (``AccountLastChangesProjection``), read once for all requests arriving within `maxAge`
/// (concurrent requests share one read). Every request needs them (ETag, 304, profile
/// cache); reading them per request would double the database round trips of a small
/// export. A response still states exactly the position its data reflects; it is at most
/// `maxAge` (four times that while a new read is on its way) less fresh, well inside the
/// projections' own lag.
///
/// A lock, not an actor: while the last read is fresh, a request takes it without a hop to
/// another executor and back.
final class PositionCache: Sendable {
    /// What one read found.
    struct Positions: Sendable {
        /// Each read model's checkpoint, by name.
        var checkpoints: [String: LogCheckpoint]
        /// Each account's last change, the shared facts' under the empty scope; empty when
        /// that read model is not installed.
        var lastChanges: [String: LogCheckpoint]
    }

    private struct State {
        var latest: (positions: Positions, read: ContinuousClock.Instant)?
        /// The read on its way, with its number (so only it clears itself).
        var reading: (task: Task<Positions, any Error>, number: Int)?
        var reads = 0
    }

    private enum Found {
        case ready(Positions)
        case waiting(Task<Positions, any Error>)
    }

    private let reader: ReportReader
    private let maxAge: Duration
    private let state = Mutex(State())

    init(reader: ReportReader, maxAge: Duration) {
        self.reader = reader
        self.maxAge = maxAge
    }

    func current() async throws -> Positions {
        let now = ContinuousClock.now
        let found: Found = state.withLock { state in
            if let latest = state.latest, now - latest.read < maxAge { return .ready(latest.positions) }
            // While a fresh read is on its way, requests keep getting the last one if it is not
            // much older than `maxAge` (none waits for the round trip: a wait there was the p99).
            if let latest = state.latest, now - latest.read < maxAge * 4 {
                if state.reading == nil { _ = refresh(&state) }
                return .ready(latest.positions)
            }
            return .waiting(state.reading?.task ?? refresh(&state))
        }
        switch found {
        case .ready(let positions): return positions
        case .waiting(let reading): return try await reading.value
        }
    }

    /// Starts a read (the lock is held); it records what it found when it ends.
    private func refresh(_ state: inout State) -> Task<Positions, any Error> {
        let started = ContinuousClock.now
        state.reads += 1
        let number = state.reads
        let task = Task { [reader] in
            let checkpoints = try await reader.positions()
            let installed = checkpoints[AccountLastChangesProjection().name] != nil
            return Positions(checkpoints: checkpoints, lastChanges: installed ? try await reader.accountLastChanges() : [:])
        }
        state.reading = (task, number)
        Task { [self] in
            let positions = try? await task.value
            self.state.withLock { state in
                if let positions, state.latest.map({ $0.read < started }) ?? true { state.latest = (positions, started) }
                if state.reading?.number == number { state.reading = nil }
            }
        }
        return task
    }
}
