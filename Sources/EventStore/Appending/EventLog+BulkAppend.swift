import Foundation
import PostgresNIO

extension EventLog {
    /// Appends many events to many streams in one transaction through COPY, the
    /// fastest path PostgreSQL has, for imports of hundreds of thousands of events.
    ///
    /// The guarantees are those of ``append(to:expecting:_:)``: the streams are locked,
    /// each expected version is checked before anything is written, versions have no
    /// gaps, and it is all or nothing. Events whose ids are already stored in the same
    /// stream are skipped, so a repeated or overlapping import writes nothing twice.
    ///
    /// - Throws: ``AppendError`` on a failed expectation or an id stored in another stream.
    @discardableResult
    public func appendBulk(_ appends: [StreamAppend]) async throws -> BulkAppendResult {
        try await appendBulk(appends.map(BulkStreamAppend.init))
    }

    /// ``appendBulk(_:)-([StreamAppend])`` with events encoded as the COPY reaches them
    /// (``BulkStreamAppend``), so that encoding and PostgreSQL's writing overlap.
    ///
    /// The ids are not looked up first: a new id, the usual case, costs no probe. Only
    /// when one turns out stored (the COPY fails on `event_keys`' key) is the transaction
    /// undone and the append made again, looking every id up, skipping those stored in
    /// their own stream and refusing the rest, as before.
    ///
    /// - Throws: ``AppendError`` on a failed expectation or an id stored in another stream;
    ///   ``BulkEventsMismatch`` or the encoder's error when an event cannot be encoded.
    @discardableResult
    public func appendBulk(_ appends: [BulkStreamAppend]) async throws -> BulkAppendResult {
        let merged = Self.mergeByStream(appends)
        guard !merged.isEmpty else {
            return BulkAppendResult(appended: 0, alreadyStored: 0, streamsTouched: 0, positions: nil)
        }
        let eventCount = merged.reduce(0) { $0 + $1.ids.count }
        let limit = configuration.deadlines.bulk(events: eventCount)
        let logger = logger
        // Idempotent: a retry after a lost connection skips whatever the first try
        // committed (if its COMMIT got through) and writes the rest, all or nothing.
        let stage = CommitStage()
        let attempts = configuration.deadlines.writeAttempts
        let result: BulkAppendResult
        do {
            result = try await withConnection(
                "bulk append of \(eventCount) events to \(merged.count) streams", within: limit, attempts: attempts
            ) { connection in
                stage.begin()
                var lookUpIDs = false
                var overtaken = 0
                while true {
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        // The server's statement limit for this transaction: the COPY of a large
                        // import may run longer than one ordinary statement.
                        try await connection.query(PostgresQuery(
                            unsafeSQL: "SET LOCAL statement_timeout = \(DatabaseDeadlines.milliseconds(limit))"), logger: logger)
                        let result = try await self.appendBulk(merged, lookingUpIDs: lookUpIDs, on: connection)
                        stage.markSent()
                        try await connection.query("COMMIT", logger: logger)
                        return result
                    } catch let error as PSQLError where Self.isStoredID(error) {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        guard !lookUpIDs else {
                            // Stored by another writer since the look-up: refused, as any id stored elsewhere.
                            throw AppendError.duplicateEventIDs(
                                stream: merged[0].stream, detail: error.serverInfo?[.detail] ?? "")
                        }
                        lookUpIDs = true
                    } catch is BulkAppendOvertaken {
                        // Begun again, with a transaction id later than the writer's that overtook it.
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        overtaken += 1
                        guard overtaken < BulkAppendOvertaken.attempts else { throw BulkAppendOvertaken() }
                    } catch {
                        if !stage.wasSent { _ = try? await connection.query("ROLLBACK", logger: logger) }
                        throw error
                    }
                }
            }
        } catch let interruption as DatabaseInterruption {
            throw WriteInterrupted(interruption: interruption, attempts: stage.attempts, commitWasSent: stage.wasSent)
        }
        if let last = result.positions?.upperBound {
            announceAppend(upTo: last)
        }
        return result
    }

    /// An event id that `event_keys` holds already (its key keeps the old constraint name).
    private static func isStoredID(_ error: PSQLError) -> Bool {
        error.serverInfo?[.sqlState] == "23505" && error.serverInfo?[.constraintName] == "events_event_id_key"
    }

    /// Several appends to one stream become one, in the order given.
    private static func mergeByStream(_ appends: [BulkStreamAppend]) -> [BulkStreamAppend] {
        var merged: [StreamID: BulkStreamAppend] = [:]
        for append in appends where !append.ids.isEmpty {
            merged[append.stream] = merged[append.stream].map { $0.followed(by: append) } ?? append
        }
        // A fixed lock order: two bulk appends over the same streams cannot deadlock.
        return merged.values.sorted { $0.stream < $1.stream }
    }

    private func appendBulk(
        _ appends: [BulkStreamAppend], lookingUpIDs: Bool, on connection: PostgresConnection
    ) async throws -> BulkAppendResult {
        let streamNames = appends.map(\.stream.rawValue)
        // Creates the missing streams and locks them all, in stream order (migration 0004:
        // the application role may not write `streams` itself). The log is ordered by
        // transaction id, taken at this transaction's first write (the first stream created or
        // locked); a writer whose transaction began later may have appended to a stream locked
        // after that, and this append's events would then sort before that writer's in the log
        // although they follow them in the stream: lock_streams then fails with a
        // serialization failure (migration 0050), and the append begins again.
        var versions: [String: Int64] = [:]
        do {
            let locked = try await connection.query(
                "SELECT stream_id, version FROM lock_streams(\(streamNames)::text[])", logger: logger)
            for try await (stream, version) in locked.decode((String, Int64).self) { versions[stream] = version }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "40001" {
            throw BulkAppendOvertaken()
        }

        let stored = lookingUpIDs ? try await storedStreams(ofEventIDs: appends.flatMap(\.ids), on: connection) : [:]
        var plan = BulkAppendPlan()
        for append in appends {
            try plan.add(append, currentVersion: versions[append.stream.rawValue] ?? 0, stored: stored)
        }
        guard plan.eventCount > 0 else {
            return BulkAppendResult(appended: 0, alreadyStored: plan.alreadyStored, streamsTouched: 0, positions: nil)
        }

        try await connection.copyFrom(
            table: "events",
            columns: ["stream_id", "stream_version", "event_id", "event_type", "schema_version", "payload", "metadata"],
            logger: logger
        ) { writer in
            try await plan.writeRows(to: writer, allocator: ByteBufferAllocator())
        }
        // The streams' versions move in the append guard's trigger (migration 0004),
        // which checks every stream's new versions continue its old one; the same
        // statement's trigger records every id in event_keys (0030), refusing a stored one.
        let span = try await connection.query("""
            SELECT min(position), max(position) FROM events WHERE transaction_id = pg_current_xact_id()
            """, logger: logger)
        var positions: ClosedRange<Int64>?
        for try await (first, last) in span.decode((Int64?, Int64?).self) {
            if let first, let last { positions = first...last }
        }
        return BulkAppendResult(
            appended: plan.eventCount, alreadyStored: plan.alreadyStored, streamsTouched: plan.streamCount, positions: positions
        )
    }

    /// The stream each of these event ids is stored in, for those that are stored: from
    /// `event_keys`, the log's one index of ids across its monthly partitions (0030).
    private func storedStreams(ofEventIDs ids: [UUID], on connection: PostgresConnection) async throws -> [UUID: String] {
        var stored: [UUID: String] = [:]
        let rows = try await connection.query(
            "SELECT event_id, stream_id FROM event_keys WHERE event_id = ANY(\(ids)::uuid[])", logger: logger)
        for try await (id, stream) in rows.decode((UUID, String).self) { stored[id] = stream }
        return stored
    }
}
