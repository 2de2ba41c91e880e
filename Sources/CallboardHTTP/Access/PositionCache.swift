import CallboardProjections
import EventStore

/// The read models' positions, read once for all requests arriving within `maxAge`
/// (concurrent requests share one read). Every request needs them (ETag, 304, profile
/// cache); reading them per request would double the database round trips of a small
/// export. A response still states exactly the position its data reflects; it is at most
/// `maxAge` less fresh, well inside the projections' own lag.
actor PositionCache {
    private let reader: ReportReader
    private let maxAge: Duration
    private var latest: (positions: [String: LogCheckpoint], read: ContinuousClock.Instant)?
    private var reading: Task<[String: LogCheckpoint], any Error>?

    init(reader: ReportReader, maxAge: Duration) {
        self.reader = reader
        self.maxAge = maxAge
    }

    func current() async throws -> [String: LogCheckpoint] {
        if let latest, ContinuousClock.now - latest.read < maxAge { return latest.positions }
        if let reading { return try await reading.value }
        let started = ContinuousClock.now
        let task = Task { [reader] in try await reader.positions() }
        reading = task
        defer { reading = nil }
        let positions = try await task.value
        latest = (positions, started)
        return positions
    }
}
