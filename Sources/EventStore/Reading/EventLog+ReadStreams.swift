import Foundation
import PostgresNIO

extension EventLog {
    /// The ids of every stream whose id starts with one of `prefixes`, in id order: a range
    /// scan of the stream index per prefix (stream ids compare bytewise).
    public func streamIDs(startingWithAnyOf prefixes: [String]) async throws -> [StreamID] {
        try await reading("listing streams") { connection, logger in
            let rows = try await connection.query("""
                SELECT s.stream_id FROM unnest(\(prefixes)::text[]) AS p(prefix)
                  JOIN streams s ON s.stream_id >= p.prefix AND s.stream_id < p.prefix || chr(1114111)
                 ORDER BY 1
                """, logger: logger)
            return try await rows.decode(String.self).reduce(into: []) { $0.append(StreamID($1)) }
        }
    }

    /// Up to `limit` events of `streams` after `checkpoint`, in log order.
    ///
    /// As in ``readAll(after:limit:on:)``, only events below the log's read horizon are
    /// returned, so a reader paging with the last checkpoint it got never
    /// skips an event that commits late, nor sees one twice.
    public func readStreams(_ streams: [StreamID], after checkpoint: LogCheckpoint, limit: Int) async throws -> [RecordedEvent] {
        try await reading("reading \(streams.count) streams") { connection, logger in
            try await Self.decodeEvents(connection.query("""
                SELECT \(unescaped: Self.eventColumns) FROM events
                 WHERE stream_id = ANY(\(streams.map(\.rawValue))::text[])
                   AND (transaction_id, position) > (\(String(checkpoint.transactionID))::xid8, \(checkpoint.position))
                   AND transaction_id < (SELECT log_read_horizon())
                 ORDER BY events.transaction_id, events.position
                 LIMIT \(Int64(limit))
                """, logger: logger))
        }
    }
}
