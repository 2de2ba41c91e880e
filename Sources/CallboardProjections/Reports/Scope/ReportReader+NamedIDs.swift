import CallboardDomain
import EventStore
import PostgresNIO

extension ReportReader {
    /// Checks `ids` against the live read models (site roster, client accounts) in one
    /// statement on the primary, under the statement deadline, and reads the clocks of the
    /// sites and accounts named. The known ids of a kind are read only when one of it is missing.
    ///
    /// The live tables, also for a report as of an earlier instant: the clock decides which
    /// instant a date alone (`--as-of 2026-11-23`) names, so it is read as known now, as the
    /// check read the log before; an id unknown at the earlier instant gets the as-of
    /// answer's own error. The caller catches the read models up first.
    public func check(_ ids: NamedIDs) async throws -> NamedIDsCheck {
        let (roster, accounts) = (ReadModelSchemas.live.siteRoster, ReadModelSchemas.live.clientAccounts)
        let (sites, accountIDs, queues, agents) = (
            ids.sites.map(\.rawValue), ids.accounts.map(\.rawValue), ids.queues.map(\.rawValue), ids.agents.map(\.rawValue))
        return try await store.withConnection("checking the report's ids", attempts: 2) { [logger] connection in
            let rows = try await connection.query("""
                SELECT 1, n.n, n.id, s.site_id IS NOT NULL, s.time_zone,
                       CASE WHEN s.site_id IS NULL THEN (SELECT array_agg(site_id) FROM \(unescaped: roster).sites) END
                  FROM unnest(\(sites)::text[]) WITH ORDINALITY AS n(id, n)
                  LEFT JOIN \(unescaped: roster).sites s ON s.site_id = n.id
                UNION ALL
                SELECT 2, n.n, n.id, a.account_id IS NOT NULL,
                       CASE WHEN a.account_id IS NOT NULL THEN coalesce(
                           (SELECT q.time_zone FROM \(unescaped: accounts).queues q WHERE q.account_id = a.account_id
                             GROUP BY q.time_zone ORDER BY count(*) DESC, q.time_zone COLLATE "C" LIMIT 1), 'UTC') END,
                       CASE WHEN a.account_id IS NULL THEN (SELECT array_agg(account_id) FROM \(unescaped: accounts).accounts) END
                  FROM unnest(\(accountIDs)::text[]) WITH ORDINALITY AS n(id, n)
                  LEFT JOIN \(unescaped: accounts).accounts a ON a.account_id = n.id
                UNION ALL
                SELECT 3, n.n, n.id, q.queue_id IS NOT NULL, NULL,
                       CASE WHEN q.queue_id IS NULL THEN (SELECT array_agg(queue_id) FROM \(unescaped: accounts).queues) END
                  FROM unnest(\(queues)::text[]) WITH ORDINALITY AS n(id, n)
                  LEFT JOIN \(unescaped: accounts).queues q ON q.queue_id = n.id
                UNION ALL
                SELECT 4, n.n, n.id, g.agent_id IS NOT NULL, NULL,
                       CASE WHEN g.agent_id IS NULL THEN (SELECT array_agg(agent_id) FROM \(unescaped: roster).agents) END
                  FROM unnest(\(agents)::text[]) WITH ORDINALITY AS n(id, n)
                  LEFT JOIN \(unescaped: roster).agents g ON g.agent_id = n.id
                ORDER BY 1, 2
                """, logger: logger)
            var unknown: NamedIDsCheck.Unknown?
            var siteClocks: [SiteID: TimeZoneID] = [:]
            var marketClocks: [AccountID: TimeZoneID] = [:]
            for try await (kind, _, id, known, zone, candidates) in rows.decode((Int32, Int64, String, Bool, String?, [String]?).self) {
                guard known else {
                    if unknown == nil {
                        unknown = NamedIDsCheck.Unknown(kind: Self.kindNames[Int(kind) - 1], id: id, known: candidates ?? [])
                    }
                    continue
                }
                switch (kind, zone) {
                case let (1, zone?): siteClocks[SiteID(id)] = TimeZoneID(zone)
                case let (2, zone?): marketClocks[AccountID(id)] = TimeZoneID(zone)
                default: break
                }
            }
            return NamedIDsCheck(unknown: unknown, siteClocks: siteClocks, marketClocks: marketClocks)
        }
    }

    private static let kindNames = ["site", "account", "queue", "agent"]
}
