import Logging
import PostgresNIO
import Projections

/// The hourly sums computed set-based from the log by a rebuild: per queue, UTC hour and
/// run, the sums of every report and correction (its difference) up to the end of the run.
extension ServiceLevelHoursProjection: BulkRebuildable {
    public var regularEvent: String { IntervalEventSQL.regular }
    /// Its rows are per queue: a rebuild loads a few queues per transaction.
    public var rowGroup: String? { IntervalEventSQL.queue }

    public func loadInBulk(events range: String, in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let figures = IntervalEventSQL.figureNames.map(\.column)
        try await BulkLoad.load("hours", versions: """
            SELECT r.queue_id, r.hour_start,
                   \(figures.map { "(sum(r.\($0)) OVER so_far)::bigint AS \($0)" }.joined(separator: ", ")),
                   r.known_from, r.run_txid, r.run_position
              FROM (SELECT i.queue_id, date_bin('1 hour', i.interval_start, timestamptz '1970-01-01 00:00:00+00') AS hour_start,
                           i.run_txid, i.known_from, max(i.run_position) AS run_position,
                           \(figures.map { "sum(i.\($0) - i.previous_\($0)) AS \($0)" }.joined(separator: ", "))
                      FROM (SELECT \(IntervalEventSQL.columns), e.recorded_at AS known_from, e.transaction_id AS run_txid,
                                   e.position AS run_position
                              FROM events e WHERE \(range)) i
                     GROUP BY 1, 2, 3, 4) r
            WINDOW so_far AS (PARTITION BY r.queue_id, r.hour_start ORDER BY r.run_txid ROWS UNBOUNDED PRECEDING)
            """, in: schema, on: connection, logger: logger)
    }
}
