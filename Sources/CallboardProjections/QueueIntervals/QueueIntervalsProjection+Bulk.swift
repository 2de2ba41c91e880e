import Logging
import PostgresNIO
import Projections

/// The interval rows computed set-based from the log by a rebuild: per queue, interval and
/// run, the figures of the run's last report or correction of that interval.
extension QueueIntervalsProjection: BulkRebuildable {
    public var regularEvent: String { IntervalEventSQL.regular }
    /// Its rows are per queue: a rebuild loads a few queues per transaction.
    public var rowGroup: String? { IntervalEventSQL.queue }

    public func loadInBulk(events range: String, in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await BulkLoad.load("intervals", versions: """
            SELECT DISTINCT ON (i.queue_id, i.interval_start, i.run_txid)
                   i.queue_id, i.interval_start, i.interval_minutes, i.offered, i.handled, i.abandoned, i.short_abandoned,
                   i.answered_within_threshold, i.handle_seconds, i.revision, i.known_from, i.run_txid, i.run_position
              FROM (SELECT \(IntervalEventSQL.columns), e.recorded_at AS known_from, e.transaction_id AS run_txid,
                           e.position AS run_position
                      FROM events e WHERE \(range)) i
             ORDER BY i.queue_id, i.interval_start, i.run_txid, i.run_position DESC
            """, in: schema, on: connection, logger: logger)
    }
}
