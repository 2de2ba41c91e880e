import CallboardProjections
import EventStore

/// The read models' positions and every account's last change
/// (``AccountLastChangesProjection``), read once for all requests arriving within `maxAge`
/// (concurrent requests share one read). Every request needs them (ETag, 304, profile
/// cache); reading them per request would double the database round trips of a small
/// export. A response still states exactly the position its data reflects; it is at most
/// `maxAge` (four times that while a new read is on its way) less fresh, well inside the
/// projections' own lag.
actor PositionCache {
    /// What one read found.
    struct Positions: Sendable {
        /// Each read model's checkpoint, by name.
        var checkpoints: [String: LogCheckpoint]
        /// Each account's last change, the shared facts' under the empty scope; empty when
        /// that read model is not installed.
        var lastChanges: [String: LogCheckpoint]
    }

    private let reader: ReportReader
    private let maxAge: Duration
    private var latest: (positions: Positions, read: ContinuousClock.Instant)?
    private var reading: Task<Positions, any Error>?

    init(reader: ReportReader, maxAge: Duration) {
        self.reader = reader
        self.maxAge = maxAge
    }

    func current() async throws -> Positions {
        let now = ContinuousClock.now
        if let latest, now - latest.read < maxAge { return latest.positions }
        // While a fresh read is on its way, requests keep getting the last one if it is not
        // much older than `maxAge` (none waits for the round trip: a wait there was the p99).
        if let latest, now - latest.read < maxAge * 4 {
            if reading == nil { _ = refresh() }
            return latest.positions
        }
        if let reading { return try await reading.value }
        return try await refresh().value
    }

    private func refresh() -> Task<Positions, any Error> {
        let started = ContinuousClock.now
        let task = Task { [reader] in
            let checkpoints = try await reader.positions()
            let installed = checkpoints[AccountLastChangesProjection().name] != nil
            return Positions(checkpoints: checkpoints, lastChanges: installed ? try await reader.accountLastChanges() : [:])
        }
        reading = task
        Task { await self.settle(task, started: started) }
        return task
    }

    private func settle(_ task: Task<Positions, any Error>, started: ContinuousClock.Instant) async {
        let positions = try? await task.value
        if let positions, latest.map({ $0.read < started }) ?? true { latest = (positions, started) }
        if reading == task { reading = nil }
    }
}
