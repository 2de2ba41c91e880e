import EventStore
import Logging
import PostgresNIO

extension ProjectionEngine {
    /// The first step of rebuilding a ``BulkRebuildable`` read model into `schema` (fresh
    /// tables, history kept): loads set-based every event of its types up to the head of
    /// the readable log and before its first irregular event (see
    /// ``BulkRebuildable/regularEvent``), with the tables' history and `runs__history`
    /// exactly as batches would leave them (schema/0046). Returns where the batches go on
    /// from and how many events were loaded; nothing loaded (`.start`, 0, fresh tables
    /// again) when the set-based SQL met a value it cannot store (a data exception: the
    /// batches then quarantine the event it came from).
    ///
    /// The load runs in short transactions (``BulkChunks``, about ``bulkChunkEvents`` events
    /// each, by ``BulkRebuildable/rowGroup``): while one runs, events appended after it began
    /// are held back from every reader of the log (readers stop at the oldest running
    /// transaction), so one transaction for the whole load held them back for minutes. The
    /// rebuild schema is invisible to readers until the swap, so they never see it half
    /// loaded. Each commits without waiting for the WAL flush, as the rebuild's batches do.
    func rebuildInBulk(_ projection: any BulkRebuildable, in schema: String) async throws -> (LogCheckpoint, Int) {
        let deadlines = store.configuration.deadlines
        let head = try await store.headCheckpoint()
        guard head > .start else { return (.start, 0) }
        let limit = deadlines.bulk(events: Int(head.position))
        let chunkEvents = bulkChunkEvents
        do {
            return try await client.withConnection(
                "rebuilding projection \(projection.name) in bulk", within: limit, connectWithin: deadlines.connect,
                logger: logger
            ) { [logger] connection in
                try await Self.loadInBulk(
                    projection, through: head, in: schema, chunkEvents: chunkEvents, within: limit, on: connection,
                    logger: logger)
            }
        } catch {
            guard let reason = ApplyFailure.poisonReason(error) else { throw error }
            logger.notice("the set-based rebuild met a value it cannot store; rebuilding in batches instead", metadata: [
                "projection": "\(projection.name)", "reason": "\(reason)",
            ])
            // Chunks loaded before the error are committed: start from empty tables again.
            try await freshRebuildTables(projection)
            return (.start, 0)
        }
    }

    /// Runs `body` in a transaction of the bulk load: no wait for the WAL flush (it fills the
    /// rebuild schema only), sorts in memory, and a statement limit of the whole load's.
    static func bulkTransaction<Result: Sendable>(
        on connection: PostgresConnection, within limit: Duration, logger: Logger,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await connection.transaction(logger: logger) { connection in
            try await connection.query("SET LOCAL synchronous_commit = off", logger: logger)
            // Its sorts (a chunk's versions by row and run) in memory rather than on disk.
            try await connection.query("SET LOCAL work_mem = '256MB'", logger: logger)
            try await connection.query(PostgresQuery(
                unsafeSQL: "SET LOCAL statement_timeout = \(Int64(limit.components.seconds) * 1000 + 1000)"), logger: logger)
            return try await body(connection)
        }
    }

    static func loadInBulk(
        _ projection: any BulkRebuildable, through head: LogCheckpoint, in schema: String, chunkEvents: Int,
        within limit: Duration, on connection: PostgresConnection, logger: Logger
    ) async throws -> (LogCheckpoint, Int) {
        let types = projection.eventTypes.map { Array($0).sorted() }
        let typeCondition = types.map { list in
            "e.event_type IN (\(list.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")))"
        } ?? "true"
        let upToHead = "(e.transaction_id, e.position) <= ('\(head.transactionID)'::xid8, \(head.position)) AND \(typeCondition)"
        // The first event the set-based SQL cannot read as `apply` does: the batches take it from there.
        var cut: LogCheckpoint?
        let irregular = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT e.transaction_id::text, e.position FROM events e
             WHERE \(upToHead) AND NOT coalesce((\(projection.regularEvent)), false)
             ORDER BY e.transaction_id, e.position LIMIT 1
            """), logger: logger)
        for try await (transaction, position) in irregular.decode((String, Int64).self) {
            cut = LogCheckpoint(transactionText: transaction, position: position)
        }
        var range = upToHead
        if let cut { range += " AND (e.transaction_id, e.position) < ('\(cut.transactionID)'::xid8, \(cut.position))" }
        // Reading the log writes nothing, so it holds no reader back; the writes go in short transactions.
        var chunks: [BulkChunk?] = [nil]
        if let rowGroup = projection.rowGroup {
            chunks = try await BulkChunks.plan(events: range, rowGroup: rowGroup, target: chunkEvents, on: connection, logger: logger)
        }
        try await bulkTransaction(on: connection, within: limit, logger: logger) { connection in
            _ = try await connection.query("SELECT read_model_history_triggers(\(schema), false)", logger: logger)
        }
        for chunk in chunks {
            let started = ContinuousClock.now
            try await bulkTransaction(on: connection, within: limit, logger: logger) { connection in
                try await projection.loadInBulk(
                    events: chunk.map { "\(range) AND \($0.condition)" } ?? range, in: schema, on: connection, logger: logger)
            }
            logger.debug("loaded a chunk of a read model set-based", metadata: [
                "projection": "\(projection.name)", "events": "\(chunk.map { "\($0.events)" } ?? "all")",
                "duration": "\(ContinuousClock.now - started)",
            ])
        }
        // One run per transaction: its stamp and its last event of the read model's types.
        let loaded = try await bulkTransaction(on: connection, within: limit, logger: logger) { connection in
            let runs = try await connection.query(PostgresQuery(unsafeSQL: """
                WITH runs AS (
                    SELECT e.recorded_at, e.transaction_id, max(e.position) AS position, count(*) AS events FROM events e
                     WHERE \(range) GROUP BY e.transaction_id, e.recorded_at
                ), loaded AS (
                    INSERT INTO \(schema).\(ReadModelHistory.runsTable) (known_from, transaction_id, position)
                    SELECT recorded_at, transaction_id, position FROM runs
                )
                SELECT coalesce(sum(events), 0)::bigint FROM runs
                """), logger: logger)
            var loaded: Int64 = 0
            for try await count in runs.decode(Int64.self) { loaded = count }
            try await connection.query("SELECT read_model_history_triggers(\(schema), true)", logger: logger)
            return loaded
        }
        logger.info("loaded a read model set-based from the log", metadata: [
            "projection": "\(projection.name)", "events": "\(loaded)", "transactions": "\(chunks.count)",
            "batches_from": "\(cut.map { "\($0.position)" } ?? "the head")",
        ])
        // Just before the irregular event (nothing of the log lies between), or the head.
        let reached = cut.map { LogCheckpoint(transactionID: $0.transactionID, position: $0.position - 1) } ?? head
        return (reached, Int(loaded))
    }
}
