import EventStore

extension ProjectionEngine {
    /// What rebuilding one read model of ``rebuildAll(_:concurrency:)`` gave.
    public struct Rebuilt: Sendable {
        public let projection: String
        /// Events the rebuild applied (of the projection's types).
        public let applied: Int
        /// Wall time from its start to its swap.
        public let duration: Duration
    }

    /// Rebuilds `projections` (every one by default) side by side, at most `concurrency` at
    /// a time, each on connections of its own from the pool: each fills its own rebuild
    /// schema batch by batch and swaps it in as ``rebuild(_:)`` does, so each read model
    /// and its history come out exactly as one rebuilt alone (the read models share no
    /// table, and a projection's batches, runs and stamps depend on the log alone).
    /// Readers see every old read model until its own swap.
    ///
    /// Why in parallel: one rebuild is a sequence of round trips (read a batch, apply it,
    /// commit), so one connection leaves the server idle between them; several read models
    /// at once keep its cores busy. The first failure cancels the others (their rebuild
    /// schemas stay behind until the next rebuild drops them; the live read models are
    /// untouched). Returns the results in the order of `projections`.
    public func rebuildAll(_ projections: [any Projection]? = nil, concurrency: Int = 4) async throws -> [Rebuilt] {
        let chosen = projections ?? self.projections
        try await installSchemas()
        let width = max(1, min(concurrency, chosen.count))
        let order = await longestFirst(chosen)
        return try await withThrowingTaskGroup(of: (Int, Rebuilt).self) { group in
            var results: [Rebuilt?] = Array(repeating: nil, count: chosen.count)
            for (rank, index) in order.enumerated() {
                let projection = chosen[index]
                if rank >= width, let finished = try await group.next() { results[finished.0] = finished.1 }
                group.addTask { [self] in
                    let started = ContinuousClock.now
                    let applied = try await rebuildInstalled(projection)
                    return (index, Rebuilt(projection: projection.name, applied: applied, duration: ContinuousClock.now - started))
                }
            }
            while let finished = try await group.next() { results[finished.0] = finished.1 }
            return results.compactMap { $0 }
        }
    }

    /// The indices of `projections` in the order to start them: the longest first, so the
    /// longest is not left to run alone at the end. A read model's cost is taken as the
    /// events of its types in the log, a tenth of that for one loaded set-based
    /// (``BulkRebuildable``), whose rows cost far less each than a batch's.
    /// When the log cannot be counted in time, the given order.
    func longestFirst(_ projections: [any Projection]) async -> [Int] {
        let logger = logger
        let counts: [String: Int64]
        do {
            counts = try await store.withConnection(
                "counting the log's events by type", within: store.configuration.deadlines.bulk(events: 0)
            ) { connection in
                let rows = try await connection.query("SELECT event_type, count(*) FROM events GROUP BY event_type", logger: logger)
                var counts: [String: Int64] = [:]
                for try await (type, count) in rows.decode((String, Int64).self) { counts[type] = count }
                return counts
            }
        } catch {
            logger.notice("rebuilding in the given order: the log could not be counted", metadata: ["error": "\(error)"])
            return Array(projections.indices)
        }
        let costs = projections.map { projection in
            let events = projection.eventTypes.map { $0.reduce(0) { $0 + (counts[$1] ?? 0) } } ?? counts.values.reduce(0, +)
            return projection is any BulkRebuildable ? events / 10 : events
        }
        return projections.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
    }
}
