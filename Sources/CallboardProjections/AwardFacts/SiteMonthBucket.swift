/// The SQL that puts a dated fact about an agent in its site and local month, inside the
/// award facts schema: the site the agent worked at then (their latest hire or transfer
/// effective by that local day; before the hire, the hire site), and the calendar month the
/// instant falls in on that site's clock, as `YYYY-MM`.
enum SiteMonthBucket {
    /// A `CROSS JOIN LATERAL` giving `b.site` and `b.month` for the agent id in `agent` and the
    /// `timestamptz` in `instant`; a fact about an agent the facts do not know is left out.
    static func join(schema: String, agent: String, instant: String) -> String {
        let localDay = "(\(instant) AT TIME ZONE s.time_zone)::date"
        return """
            CROSS JOIN LATERAL (
                SELECT a.site_id AS site, to_char(\(instant) AT TIME ZONE s.time_zone, 'YYYY-MM') AS month
                  FROM \(schema).agent_sites a JOIN \(schema).sites s USING (site_id)
                 WHERE a.agent_id = \(agent)
                 ORDER BY (a.effective_on <= \(localDay)) DESC,
                          CASE WHEN a.effective_on <= \(localDay) THEN a.effective_on END DESC,
                          a.effective_on, a.position DESC
                 LIMIT 1) b
            """
    }
}
