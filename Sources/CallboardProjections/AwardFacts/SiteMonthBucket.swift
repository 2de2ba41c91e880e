/// The SQL that puts a dated fact about an agent in its site and local month, inside the
/// award facts schema, as known when the fact was recorded: among the agent's hires and
/// transfers recorded before the fact (log order: transaction, then position), the latest
/// effective by the fact's local day (before the first of them, the earliest: the hire
/// site), at a site whose opening was recorded before the fact too; and the calendar month
/// the instant falls in on that site's clock, as `YYYY-MM`.
///
/// Why "recorded before the fact": the answer must not depend on how the log is cut into
/// batches (a batch writes its placements before its facts) nor on whether a rebuild loads it
/// set-based (``AwardFactsProjection`` as ``BulkRebuildable``); a backdated transfer recorded
/// after a fact leaves that fact where it was bucketed. A fact about an agent with no
/// placement recorded before it (or only at sites not yet opened) is left out, as before.
enum SiteMonthBucket {
    /// A `CROSS JOIN LATERAL` giving `b.site` and `b.month` for the fact `fact`, a row with
    /// `agent` (text), `at` (timestamptz), `transaction` and `position` (bigint: its place in the log).
    static func join(schema: String, fact: String) -> String {
        let instant = "\(fact).at"
        let localDay = "(\(instant) AT TIME ZONE s.time_zone)::date"
        let before = "(\(fact).transaction, \(fact).position)"
        return """
            CROSS JOIN LATERAL (
                SELECT a.site_id AS site, to_char(\(instant) AT TIME ZONE s.time_zone, 'YYYY-MM') AS month
                  FROM \(schema).agent_sites a JOIN \(schema).sites s USING (site_id)
                 WHERE a.agent_id = \(fact).agent AND (a.transaction_id, a.position) < \(before)
                   AND (s.transaction_id, s.position) < \(before)
                 ORDER BY (a.effective_on <= \(localDay)) DESC,
                          CASE WHEN a.effective_on <= \(localDay) THEN a.effective_on END DESC,
                          a.effective_on, a.transaction_id DESC, a.position DESC
                 LIMIT 1) b
            """
    }
}
