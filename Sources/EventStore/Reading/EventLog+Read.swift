import Foundation
import Logging
import PostgresNIO

extension EventLog {
    /// The columns every read selects, in the order ``decodeEvents(_:)`` expects.
    static let eventColumns = """
        position, transaction_id::text, stream_id, stream_version, event_id, event_type, schema_version,
        payload::text, metadata::text, recorded_at
        """

    /// Events of one stream in version order, from `version` on.
    public func readStream(_ stream: StreamID, from version: Int64 = 1, limit: Int = Int(Int32.max)) async throws -> [RecordedEvent] {
        try await reading("reading stream \(stream)") { connection, logger in
            try await Self.decodeEvents(connection.query("""
                SELECT \(unescaped: Self.eventColumns) FROM events
                 WHERE stream_id = \(stream.rawValue) AND stream_version >= \(version)
                 ORDER BY stream_version LIMIT \(Int64(limit))
                """, logger: logger))
        }
    }

    /// Every event of each of `streams`, stream by stream (in stream id order), each in
    /// version order: ``readStream(_:from:limit:)`` for many streams in one statement (an
    /// index look-up per stream), whose cost follows the streams asked for, not the size of
    /// their category.
    public func readEachStream(_ streams: [StreamID]) async throws -> [RecordedEvent] {
        guard !streams.isEmpty else { return [] }
        return try await reading("reading \(streams.count) streams") { connection, logger in
            try await Self.decodeEvents(connection.query("""
                SELECT \(unescaped: Self.eventColumns) FROM events
                 WHERE stream_id = ANY(\(streams.map(\.rawValue))::text[])
                 ORDER BY stream_id, stream_version
                """, logger: logger))
        }
    }

    /// Events of every stream in a category, stream by stream, each in version order.
    ///
    /// A category is what a stream id has before its first `-`: the streams `site-MNL`
    /// and `site-CEB` are the category `site`. Stream ids compare bytewise (collation
    /// "C"), so this is a range scan of the stream index.
    public func readCategory(_ category: String) async throws -> [RecordedEvent] {
        precondition(!category.contains("-"), "a category is the part of a stream id before its first '-'")
        return try await reading("reading category \(category)") { connection, logger in
            try await Self.decodeEvents(connection.query("""
                SELECT \(unescaped: Self.eventColumns) FROM events
                 WHERE stream_id >= \(category + "-") AND stream_id < \(category + ".")
                 ORDER BY stream_id, stream_version
                """, logger: logger))
        }
    }

    /// The stream's current version: 0 when it has no events.
    public func streamVersion(_ stream: StreamID) async throws -> Int64 {
        try await reading("reading the version of stream \(stream)") { connection, logger in
            let rows = try await connection.query("SELECT version FROM streams WHERE stream_id = \(stream.rawValue)", logger: logger)
            for try await version in rows.decode(Int64.self) { return version }
            return 0
        }
    }

    /// Up to `limit` events of the whole log after `checkpoint`, in log order.
    ///
    /// Only events below the log's read horizon are returned: events of transactions older
    /// than every transaction still running that could write this log (`log_read_horizon()`,
    /// schema/0032; transactions known to run in another database of the server do not
    /// count). An event that a slow transaction will commit later sorts after them, so
    /// nothing is skipped, and the checkpoint never passes an event twice.
    public func readAll(after checkpoint: LogCheckpoint, limit: Int = 1000) async throws -> [RecordedEvent] {
        try await reading("reading the log after \(checkpoint)") { connection, _ in
            try await readAll(after: checkpoint, limit: limit, on: connection)
        }
    }

    /// ``readAll(after:limit:)`` on a connection the caller holds, e.g. inside the
    /// transaction that will record what was read.
    public func readAll(after checkpoint: LogCheckpoint, limit: Int = 1000, on connection: PostgresConnection) async throws -> [RecordedEvent] {
        let rows = try await connection.query("""
            SELECT \(unescaped: Self.eventColumns) FROM events
             WHERE (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position))
               AND transaction_id < (SELECT log_read_horizon())
             ORDER BY events.transaction_id, events.position
             LIMIT \(Int64(limit))
            """, logger: logger)
        return try await Self.decodeEvents(rows)
    }

    /// Whether events committed after `checkpoint` exist that ``readAll(after:limit:)``
    /// does not return yet, because a transaction of this database that began before they
    /// committed is still running (or a transaction the horizon cannot place elsewhere).
    public func hasPendingEvents(after checkpoint: LogCheckpoint) async throws -> Bool {
        try await reading("checking for held-back events") { connection, logger in
            let rows = try await connection.query("""
                SELECT EXISTS (SELECT 1 FROM events
                 WHERE (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position)))
                """, logger: logger)
            for try await exists in rows.decode(Bool.self) { return exists }
            return false
        }
    }

    /// How many events the log holds.
    public func eventCount() async throws -> Int64 {
        try await reading("counting events") { connection, logger in
            let rows = try await connection.query("SELECT count(*) FROM events", logger: logger)
            for try await count in rows.decode(Int64.self) { return count }
            return 0
        }
    }

    /// The checkpoint after the last event a reader of the whole log can see now.
    public func headCheckpoint() async throws -> LogCheckpoint {
        try await reading("reading the head of the log") { connection, _ in try await headCheckpoint(on: connection) }
    }

    /// ``headCheckpoint()`` on a connection the caller holds.
    public func headCheckpoint(on connection: PostgresConnection) async throws -> LogCheckpoint {
        let rows = try await connection.query("""
            SELECT transaction_id::text, position FROM events
             WHERE transaction_id < (SELECT log_read_horizon())
             ORDER BY events.transaction_id DESC, events.position DESC LIMIT 1
            """, logger: logger)
        for try await (transaction, position) in rows.decode((String, Int64).self) {
            return LogCheckpoint(transactionText: transaction, position: position)
        }
        return .start
    }

    /// A read on a pooled connection under the store's statement deadline; a read is
    /// idempotent, so a lost connection is tried again.
    func reading<Result: Sendable>(
        _ what: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> Result
    ) async throws -> Result {
        let logger = logger
        return try await withConnection(what, attempts: max(2, configuration.deadlines.writeAttempts)) { connection in
            try await body(connection, logger)
        }
    }

    static func decodeEvents(_ rows: PostgresRowSequence) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        // Events of one import or command share their metadata: decode each distinct text once.
        var metadataByText: [String: EventMetadata] = [:]
        for try await row in rows {
            let (position, transaction, stream, version, id, type, schemaVersion, payload, metadataText, recordedAt) =
                try row.decode((Int64, String, String, Int64, UUID, String, Int32, String, String, Date).self)
            let metadata = metadataByText[metadataText]
                ?? (try? JSONCoding.decoder.decode(EventMetadata.self, from: Data(metadataText.utf8))) ?? EventMetadata()
            metadataByText[metadataText] = metadata
            events.append(RecordedEvent(
                position: position,
                checkpoint: LogCheckpoint(transactionText: transaction, position: position),
                streamID: StreamID(stream),
                streamVersion: version,
                id: id,
                type: type,
                schemaVersion: Int(schemaVersion),
                payload: payload,
                metadata: metadata,
                recordedAt: recordedAt
            ))
        }
        return events
    }
}
