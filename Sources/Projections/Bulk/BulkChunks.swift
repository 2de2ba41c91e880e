import Logging
import PostgresNIO

/// One stretch of the log a set-based rebuild loads in a transaction of its own: the events
/// whose stream id lies between `first` and `last` (in the database's order), which hold
/// every event of each row group they touch (``BulkRebuildable/rowGroup``).
struct BulkChunk: Sendable, Equatable {
    let first: String
    let last: String
    /// Events of the load in it.
    let events: Int64

    /// The SQL condition over `e` selecting the chunk's events (a range of the stream index).
    var condition: String {
        "e.stream_id >= \(Self.literal(first)) AND e.stream_id <= \(Self.literal(last))"
    }

    private static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}

/// Cuts a set-based load into short transactions (issue 16, item 7): each load transaction
/// holds back every reader of the log while it runs (readers see only events of
/// transactions older than every running one), so one transaction per read model held them
/// back for minutes on the full world.
///
/// Why by stream ranges of whole row groups: every version of a row comes from the events
/// of its group alone, so loading the groups apart gives the very rows and history of one
/// load; and a range of stream ids is read through the stream index, so each chunk reads
/// only its own events. A group's events may lie in several streams (an interval queue's
/// monthly streams): the plan takes, per group, the range from its first stream to its last,
/// joins overlapping ranges (so no group is split, whatever the stream names), and packs
/// consecutive ranges into chunks of about `target` events. A log where every group overlaps
/// another comes out as one chunk: one transaction, as before.
enum BulkChunks {
    static func plan(
        events range: String, rowGroup: String, target: Int, on connection: PostgresConnection, logger: Logger
    ) async throws -> [BulkChunk] {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            WITH groups AS (
                SELECT min(e.stream_id) AS first, max(e.stream_id) AS last, count(*) AS events
                  FROM events e WHERE \(range) GROUP BY coalesce((\(rowGroup))::text, '')
            ), reached AS (
                SELECT g.*, max(g.last) OVER (ORDER BY g.first, g.last ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                  FROM groups g
            ), islands AS (
                SELECT r.*, count(*) FILTER (WHERE r.reach IS NULL OR r.first > r.reach)
                            OVER (ORDER BY r.first, r.last ROWS UNBOUNDED PRECEDING) AS island
                  FROM reached r
            ), joined AS (
                SELECT min(i.first) AS first, max(i.last) AS last, sum(i.events) AS events FROM islands i GROUP BY i.island
            ), packed AS (
                SELECT j.*, coalesce(sum(j.events) OVER (ORDER BY j.first ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                            AS before
                  FROM joined j
            )
            SELECT min(p.first), max(p.last), sum(p.events)::bigint FROM packed p
             GROUP BY (p.before::bigint) / \(max(1, target)) ORDER BY 1
            """), logger: logger)
        var chunks: [BulkChunk] = []
        for try await (first, last, events) in rows.decode((String, String, Int64).self) {
            chunks.append(BulkChunk(first: first, last: last, events: events))
        }
        return chunks
    }
}
