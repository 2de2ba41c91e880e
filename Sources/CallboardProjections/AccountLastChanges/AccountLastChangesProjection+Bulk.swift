import CallboardDomain
import Logging
import PostgresNIO
import Projections

/// The accounts' last changes computed set-based from the log by a rebuild, with
/// ``StreamOwner``'s rules in SQL: per scope and run, the run's last event of that scope;
/// per queue (program) and run, the account its last `QueueOpened` (`TrainingProgramDefined`)
/// of the run names. An event's queue or program counts under the account of its latest
/// opening at or before the event in the log.
extension AccountLastChangesProjection: BulkRebuildable {
    /// Stream names in printable ASCII, and the payload's owner ids too when they are
    /// strings (where Swift's and PostgreSQL's string comparisons agree).
    public var regularEvent: String {
        "e.stream_id ~ '^[ -~]*$' AND " + ["accountID", "queueID", "programID"].map {
            "(jsonb_typeof(e.payload) <> 'object' OR jsonb_typeof(e.payload->'\($0)') IS DISTINCT FROM 'string'"
                + " OR (e.payload->>'\($0)') ~ '^[ -~]*$')"
        }.joined(separator: " AND ")
    }

    public func loadInBulk(events range: String, in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let openings = Self.openings(range)
        try await BulkLoad.load("queue_accounts", versions: """
            SELECT DISTINCT ON (o.id, o.run_txid) o.id AS queue_id, o.account_id, o.known_from, o.run_txid, o.run_position
              FROM (\(openings)) o WHERE o.kind = 'queue'
             ORDER BY o.id, o.run_txid, o.run_position DESC
            """, in: schema, on: connection, logger: logger)
        try await BulkLoad.load("program_accounts", versions: """
            SELECT DISTINCT ON (o.id, o.run_txid) o.id AS program_id, o.account_id, o.known_from, o.run_txid, o.run_position
              FROM (\(openings)) o WHERE o.kind = 'program'
             ORDER BY o.id, o.run_txid, o.run_position DESC
            """, in: schema, on: connection, logger: logger)
        try await BulkLoad.load("last_changes", versions: """
            WITH owners AS (\(Self.owners(range))),
            openings AS (
                SELECT o.*, lead(o.run_txid) OVER w AS next_txid, lead(o.run_position) OVER w AS next_position
                  FROM (\(openings)) o WINDOW w AS (PARTITION BY o.kind, o.id ORDER BY o.run_txid, o.run_position)
            ),
            scoped AS (
                SELECT w.transaction_id, w.position, w.recorded_at,
                       CASE WHEN w.ignored THEN NULL
                            WHEN w.account IS NOT NULL THEN w.account
                            ELSE coalesce(q.account_id, p.account_id, '\(Self.sharedScope)') END AS scope
                  FROM owners w
                  LEFT JOIN openings q ON q.kind = 'queue' AND q.id = w.queue
                       AND (w.transaction_id, w.position) >= (q.run_txid, q.run_position)
                       AND (q.next_txid IS NULL OR (w.transaction_id, w.position) < (q.next_txid, q.next_position))
                  LEFT JOIN openings p ON p.kind = 'program' AND p.id = w.program
                       AND (w.transaction_id, w.position) >= (p.run_txid, p.run_position)
                       AND (p.next_txid IS NULL OR (w.transaction_id, w.position) < (p.next_txid, p.next_position))
            )
            SELECT scope, transaction_id, max(position) AS position, recorded_at AS known_from, transaction_id AS run_txid,
                   max(position) AS run_position
              FROM scoped WHERE scope IS NOT NULL
             GROUP BY scope, transaction_id, recorded_at
            """, in: schema, on: connection, logger: logger)
    }

    /// The payload ``StreamOwner`` reads (an object whose owner ids are strings or absent), else NULL.
    private static let readablePayload = """
        CASE WHEN jsonb_typeof(e.payload) = 'object'
                  AND coalesce(jsonb_typeof(e.payload->'accountID'), 'null') IN ('string', 'null')
                  AND coalesce(jsonb_typeof(e.payload->'queueID'), 'null') IN ('string', 'null')
                  AND coalesce(jsonb_typeof(e.payload->'programID'), 'null') IN ('string', 'null')
             THEN e.payload END
        """

    /// Each event's owner as ``StreamOwner`` reads it: transaction_id, position,
    /// recorded_at, account, queue, program, ignored.
    private static func owners(_ range: String) -> String {
        """
        SELECT e.transaction_id, e.position, e.recorded_at,
               CASE WHEN starts_with(e.stream_id, 'account-') THEN substr(e.stream_id, 9) END AS account,
               CASE WHEN starts_with(e.stream_id, 'intervals-') AND char_length(e.stream_id) > 18
                        THEN substr(e.stream_id, 11, char_length(e.stream_id) - 18)
                    WHEN starts_with(e.stream_id, 'queue-') THEN substr(e.stream_id, 7)
                    WHEN starts_with(e.stream_id, 'forecast-') THEN (\(readablePayload))->>'queueID' END AS queue,
               CASE WHEN starts_with(e.stream_id, 'program-') THEN substr(e.stream_id, 9)
                    WHEN starts_with(e.stream_id, 'certification-') THEN (\(readablePayload))->>'programID' END AS program,
               starts_with(e.stream_id, 'apitoken-') AS ignored
          FROM events e WHERE \(range)
        """
    }

    /// Every queue opening and program definition naming an account: kind ('queue' or
    /// 'program'), id, account_id, known_from, run_txid, run_position (the event's own).
    private static func openings(_ range: String) -> String {
        """
        SELECT CASE e.event_type WHEN '\(QueueOpened.eventType)' THEN 'queue' ELSE 'program' END AS kind,
               CASE e.event_type WHEN '\(QueueOpened.eventType)' THEN substr(e.stream_id, 7) ELSE substr(e.stream_id, 9) END AS id,
               (\(readablePayload))->>'accountID' AS account_id,
               e.recorded_at AS known_from, e.transaction_id AS run_txid, e.position AS run_position
          FROM events e
         WHERE \(range)
           AND ((e.event_type = '\(QueueOpened.eventType)' AND starts_with(e.stream_id, 'queue-'))
                OR (e.event_type = '\(TrainingProgramDefined.eventType)' AND starts_with(e.stream_id, 'program-')))
           AND jsonb_typeof((\(readablePayload))->'accountID') = 'string'
        """
    }
}
