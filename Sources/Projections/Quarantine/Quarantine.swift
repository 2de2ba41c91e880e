import EventStore
import Foundation
import Logging
import PostgresNIO

/// The dead-letter table `projection_quarantine` (schema/0003): events each projection
/// set aside, one row per projection and event, written in the transaction that moves the
/// projection's checkpoint past them.
struct Quarantine {
    let logger: Logger

    /// Records `poisoned` for `projection`; an event already there counts another attempt.
    func record(
        _ poisoned: [PoisonedEvent], projection: String, codeVersion: String, on connection: PostgresConnection
    ) async throws {
        for item in poisoned {
            let event = item.event
            try await connection.query("""
                INSERT INTO projection_quarantine AS q (projection, position, transaction_id, stream_id, stream_version,
                                                        event_id, event_type, reason, code_version)
                VALUES (\(projection), \(event.position), \(String(event.checkpoint.transactionID))::xid8,
                        \(event.streamID.rawValue), \(event.streamVersion), \(event.id), \(event.type), \(item.reason),
                        \(codeVersion))
                ON CONFLICT (projection, position) DO UPDATE SET
                    reason = EXCLUDED.reason, code_version = EXCLUDED.code_version,
                    attempts = q.attempts + 1, last_attempt_at = now()
                """, logger: logger)
            logger.warning("projection quarantined an event it cannot apply; carrying on with the rest", metadata: [
                "projection": "\(projection)", "position": "\(event.position)", "stream": "\(event.streamID.rawValue)",
                "type": "\(event.type)", "event_id": "\(event.id)", "reason": "\(item.reason)",
            ])
        }
    }

    /// After a rebuild that set aside exactly `poisoned`: rows of events that now applied
    /// leave the quarantine, the others are recorded (another attempt).
    func replace(
        with poisoned: [PoisonedEvent], projection: String, codeVersion: String, on connection: PostgresConnection
    ) async throws {
        let positions = poisoned.map(\.event.position)
        let rows = try await connection.query("""
            DELETE FROM projection_quarantine
             WHERE projection = \(projection) AND NOT (position = ANY(\(positions)))
            RETURNING position, event_type
            """, logger: logger)
        for try await (position, type) in rows.decode((Int64, String).self) {
            logger.notice("a quarantined event now applies and left the quarantine", metadata: [
                "projection": "\(projection)", "position": "\(position)", "type": "\(type)",
            ])
        }
        try await record(poisoned, projection: projection, codeVersion: codeVersion, on: connection)
    }

    /// How many events each projection has in quarantine, by name (absent: none).
    func counts(on client: PostgresClient) async throws -> [String: Int64] {
        let rows = try await client.query(
            "SELECT projection, count(*) FROM projection_quarantine GROUP BY projection", logger: logger)
        var counts: [String: Int64] = [:]
        for try await (name, count) in rows.decode((String, Int64).self) { counts[name] = count }
        return counts
    }

    /// The quarantined events of `projection` (every projection when nil) in log order,
    /// at most `limit` per projection.
    func list(projection: String?, limit: Int, on client: PostgresClient) async throws -> [QuarantinedEvent] {
        try await client.withConnection { try await list(projection: projection, limit: limit, on: $0) }
    }

    /// The same on `connection`: read to the end before the caller goes on, so the connection
    /// is free again for the caller's next call (a pooled `PostgresClient.query` hands it back
    /// only when its rows' stream finishes, and a call made meanwhile opens another connection).
    func list(projection: String?, limit: Int, on connection: PostgresConnection) async throws -> [QuarantinedEvent] {
        let rows = try await connection.query("""
            SELECT projection, transaction_id::text, position, stream_id, stream_version, event_id, event_type, reason,
                   code_version, attempts, first_attempt_at, last_attempt_at
              FROM (SELECT q.*, row_number() OVER (PARTITION BY projection ORDER BY transaction_id, position) AS n
                      FROM projection_quarantine q
                     WHERE \(projection == nil) OR projection = \(projection ?? "")) numbered
             WHERE n <= \(Int64(limit))
             ORDER BY projection, transaction_id, position
            """, logger: logger)
        var events: [QuarantinedEvent] = []
        for try await row in rows {
            let (name, transaction, position, stream, version, id, type, reason, code, attempts, first, last) = try row.decode(
                (String, String, Int64, String, Int64, UUID, String, String, String, Int32, Date, Date).self)
            events.append(QuarantinedEvent(
                projection: name, checkpoint: LogCheckpoint(transactionText: transaction, position: position),
                streamID: stream, streamVersion: version, eventID: id, eventType: type, reason: reason,
                codeVersion: code, attempts: Int(attempts), firstAttemptAt: first, lastAttemptAt: last))
        }
        return events
    }

    /// The projections with events quarantined by a build other than `codeVersion`.
    func projectionsTriedByOtherCode(than codeVersion: String, on client: PostgresClient) async throws -> Set<String> {
        let rows = try await client.query(
            "SELECT DISTINCT projection FROM projection_quarantine WHERE code_version <> \(codeVersion)", logger: logger)
        var names: Set<String> = []
        for try await name in rows.decode(String.self) { names.insert(name) }
        return names
    }
}
