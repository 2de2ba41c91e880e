import EventStore
import Logging
import PostgresNIO

extension ProjectionEngine {
    /// Rebuilds `projection` from the first event into fresh tables (and their history,
    /// regenerated from the log: see ``ReadModelHistory``), then swaps them in
    /// atomically: readers see the old read model until the swap commits, then the new
    /// one, never a half-built one. Returns the number of events the rebuild applied
    /// (of the projection's ``Projection/eventTypes``).
    ///
    /// Events the projection cannot apply are set aside as in a live batch; at the swap
    /// they become the projection's quarantine: a quarantined event that now applies
    /// leaves it, one that still fails counts another attempt.
    ///
    /// A ``BulkRebuildable`` read model first loads the log set-based, in a few statements
    /// per table and short transactions (``rebuildInBulk(_:in:)``); the batches take the rest.
    ///
    /// The bulk of the log is applied to the rebuild schema batch by batch while the live
    /// projection keeps running; the last stretch and the swap happen in one transaction
    /// holding the projection's apply lock, so no live batch interleaves with the swap.
    ///
    /// The batches before the swap commit without waiting for the WAL flush
    /// (`synchronous_commit = off`): they only fill the rebuild schema, which a crash leaves
    /// behind to be dropped by the next rebuild, never a read model readers see; the swap
    /// itself commits durably as usual.
    @discardableResult
    public func rebuild(_ projection: any Projection) async throws -> Int {
        try await installSchemas()
        return try await rebuildInstalled(projection)
    }

    /// ``rebuild(_:)`` once the checkpoint rows and live schemas exist.
    func rebuildInstalled(_ projection: any Projection) async throws -> Int {
        let schema = projection.rebuildSchema
        try await freshRebuildTables(projection)
        var checkpoint = LogCheckpoint.start
        var applied = 0
        // A read model computed set-based from the log loads it in bulk, up to its first
        // irregular event if any; the batches go on from there.
        if let bulk = projection as? any BulkRebuildable {
            (checkpoint, applied) = try await rebuildInBulk(bulk, in: schema)
            if applied > 0 {
                progress?(ProjectionProgress(projection: projection.name, phase: .rebuild, applied: applied, position: checkpoint.position))
            }
        }
        // Events set aside by the rebuild: they replace the projection's quarantine at the swap.
        var poisoned: [PoisonedEvent] = []
        // Catch up outside the swap lock, each batch in its own transaction.
        while true {
            let after = checkpoint
            let (batch, setAside, more) = try await store.withConnection("rebuilding projection \(projection.name): a batch") {
                [self] connection in
                try await connection.transaction(logger: logger) { connection in
                    try await connection.query("SET LOCAL synchronous_commit = off", logger: logger)
                    return try await applyBatch(projection, after: after, in: schema, on: connection)
                }
            }
            checkpoint = batch.checkpoint
            applied += batch.events.count - setAside.count
            poisoned += setAside
            progress?(ProjectionProgress(projection: projection.name, phase: .rebuild, applied: applied, position: checkpoint.position))
            if !more { break }
        }
        // The last stretch and the swap, atomically: no time limit (the stretch may be long
        // on a busy log), but a lost connection fails it at once.
        let (caughtUp, appliedSoFar, setAsideSoFar) = (checkpoint, applied, poisoned)
        let deadlines = store.configuration.deadlines
        return try await client.withConnection(
            "rebuilding projection \(projection.name): the swap", within: nil, connectWithin: deadlines.connect, logger: logger
        ) { [self] connection in
            var (checkpoint, applied, poisoned) = (caughtUp, appliedSoFar, setAsideSoFar)
            return try await connection.transaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(projection.applyLockKey))", logger: logger)
                _ = try await lockedCheckpoint(of: projection.name, on: connection)
                while true {
                    let (batch, setAside, more) = try await applyBatch(projection, after: checkpoint, in: schema, on: connection)
                    checkpoint = batch.checkpoint
                    applied += batch.events.count - setAside.count
                    poisoned += setAside
                    if !more { break }
                }
                try await Quarantine(logger: logger).replace(
                    with: poisoned, projection: projection.name, codeVersion: codeVersion, on: connection)
                try await connection.query(PostgresQuery(unsafeSQL: """
                    DROP SCHEMA \(projection.liveSchema) CASCADE;
                    """), logger: logger)
                try await connection.query(
                    PostgresQuery(unsafeSQL: "ALTER SCHEMA \(schema) RENAME TO \(projection.liveSchema)"), logger: logger)
                try await connection.query("""
                    UPDATE projection_checkpoints
                       SET transaction_id = \(String(checkpoint.transactionID))::xid8, position = \(checkpoint.position),
                           events_applied = \(Int64(applied)), rebuilt_at = now(), updated_at = now(),
                           tables_version = \(Int32(projection.tablesVersion))
                     WHERE name = \(projection.name)
                    """, logger: logger)
                return applied
            }
        }
    }

    /// Drops the projection's rebuild schema, if any, and makes it again with empty tables
    /// and their history.
    func freshRebuildTables(_ projection: any Projection) async throws {
        let schema = projection.rebuildSchema
        try await store.withConnection("rebuilding projection \(projection.name): fresh tables") { [logger] connection in
            try await connection.transaction(logger: logger) { connection in
                try await connection.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"), logger: logger)
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
                try await projection.createTables(in: schema, on: connection, logger: logger)
                try await ReadModelHistory.enable(in: schema, on: connection, logger: logger)
            }
        }
    }

    /// The projection called `name`, or an error listing the known ones.
    public func projection(named name: String) throws -> any Projection {
        guard let projection = projections.first(where: { $0.name == name }) else {
            throw ProjectionError.unknown(name, known: projections.map(\.name))
        }
        return projection
    }
}
