import Foundation
import PostgresNIO

extension EventStore {
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
        let merged = Self.mergeByStream(appends)
        guard !merged.isEmpty else {
            return BulkAppendResult(appended: 0, alreadyStored: 0, streamsTouched: 0, positions: nil)
        }
        let result = try await client.withConnection { connection in
            try await connection.transaction(logger: logger) { connection in
                try await self.appendBulk(merged, on: connection)
            }
        }
        if let last = result.positions?.upperBound {
            await announceAppend(upTo: last)
        }
        return result
    }

    /// Several appends to one stream become one, in the order given.
    private static func mergeByStream(_ appends: [StreamAppend]) -> [StreamAppend] {
        var merged: [StreamID: StreamAppend] = [:]
        for append in appends where !append.events.isEmpty {
            if merged[append.stream] == nil {
                merged[append.stream] = append
            } else {
                merged[append.stream]!.events += append.events
            }
        }
        // A fixed lock order: two bulk appends over the same streams cannot deadlock.
        return merged.values.sorted { $0.stream < $1.stream }
    }

    private func appendBulk(_ appends: [StreamAppend], on connection: PostgresConnection) async throws -> BulkAppendResult {
        let streamNames = appends.map(\.stream.rawValue)
        try await connection.query("""
            INSERT INTO streams (stream_id, version) SELECT s, 0 FROM unnest(\(streamNames)::text[]) AS s
            ON CONFLICT (stream_id) DO NOTHING
            """, logger: logger)
        var versions: [String: Int64] = [:]
        let locked = try await connection.query("""
            SELECT stream_id, version FROM streams WHERE stream_id = ANY(\(streamNames)::text[])
             ORDER BY stream_id FOR UPDATE
            """, logger: logger)
        for try await (stream, version) in locked.decode((String, Int64).self) { versions[stream] = version }

        let stored = try await storedStreams(ofEventIDs: appends.flatMap { $0.events.map(\.id) }, on: connection)
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
        try await connection.query("""
            UPDATE streams s SET version = u.version
              FROM unnest(\(plan.newVersions.map(\.key))::text[], \(plan.newVersions.map(\.value))::int8[]) AS u(stream_id, version)
             WHERE s.stream_id = u.stream_id
            """, logger: logger)
        let span = try await connection.query("""
            SELECT min(position), max(position) FROM events WHERE transaction_id = pg_current_xact_id()
            """, logger: logger)
        var positions: ClosedRange<Int64>?
        for try await (first, last) in span.decode((Int64?, Int64?).self) {
            if let first, let last { positions = first...last }
        }
        return BulkAppendResult(
            appended: plan.eventCount, alreadyStored: plan.alreadyStored, streamsTouched: plan.newVersions.count, positions: positions
        )
    }

    /// The stream each of these event ids is stored in, for those that are stored.
    private func storedStreams(ofEventIDs ids: [UUID], on connection: PostgresConnection) async throws -> [UUID: String] {
        var stored: [UUID: String] = [:]
        let rows = try await connection.query(
            "SELECT event_id, stream_id FROM events WHERE event_id = ANY(\(ids)::uuid[])", logger: logger)
        for try await (id, stream) in rows.decode((UUID, String).self) { stored[id] = stream }
        return stored
    }
}
