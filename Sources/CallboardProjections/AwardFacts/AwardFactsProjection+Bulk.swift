import CallboardDomain
import Logging
import PostgresNIO
import Projections

/// The award facts computed set-based from the log by a rebuild (issue 16, item 7): sites and
/// placements first, then every fact bucketed by the very ``SiteMonthBucket`` the batches use,
/// over the placements just loaded, of which it takes only those recorded before the fact. So a
/// fact lands where the batches put it, whatever their size.
///
/// Why one transaction (no ``BulkRebuildable/rowGroup``): an agent's rows come from streams of
/// several kinds (`agent-`, `agentstats-`, `agentquality-`), so the stream range of any agent
/// spans every other agent's (``BulkChunks`` would join them all into one chunk anyway), and
/// every agent's facts read the shared `sites`.
extension AwardFactsProjection: BulkRebuildable {
    public var regularEvent: String { AwardEventSQL.regular }

    public func loadInBulk(events range: String, in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let loads: [(table: String, versions: String)] = [
            ("sites", """
                SELECT DISTINCT ON (e.payload->>'siteID') e.payload->>'siteID' AS site_id, e.payload->>'timeZone' AS time_zone,
                       e.transaction_id::text::bigint AS transaction_id, \(AwardEventSQL.recorded)
                  FROM events e WHERE \(range) AND e.event_type = '\(SiteOpened.eventType)'
                 ORDER BY e.payload->>'siteID', e.transaction_id, e.position
                """),
            ("agent_sites", """
                SELECT e.payload->>'agentID' AS agent_id, e.transaction_id::text::bigint AS transaction_id,
                       CASE e.event_type WHEN '\(AgentHired.eventType)' THEN (e.payload->>'hiredOn')::date
                            ELSE (e.payload->>'effectiveOn')::date END AS effective_on,
                       CASE e.event_type WHEN '\(AgentHired.eventType)' THEN e.payload->>'siteID'
                            ELSE e.payload->>'toSite' END AS site_id, \(AwardEventSQL.recorded)
                  FROM events e
                 WHERE \(range) AND e.event_type IN ('\(AgentHired.eventType)', '\(AgentTransferred.eventType)')
                """),
            ("agent_statuses", """
                SELECT e.payload->>'agentID' AS agent_id,
                       CASE e.event_type WHEN '\(AgentHired.eventType)' THEN (e.payload->>'hiredOn')::date
                            ELSE (e.payload->>'effectiveOn')::date END AS effective_on,
                       CASE e.event_type WHEN '\(AgentHired.eventType)' THEN '\(AgentStatus.training.rawValue)'
                            ELSE e.payload->>'to' END AS status, \(AwardEventSQL.recorded)
                  FROM events e
                 WHERE \(range) AND e.event_type IN ('\(AgentHired.eventType)', '\(AgentStatusChanged.eventType)')
                """),
            ("work", work(range, schema)),
            ("qa_scores", dated(range, schema, type: QAEvaluationRecorded.eventType, at: "evaluatedAt",
                                score: "(e.payload->>'score')::float8")),
            ("csat_scores", dated(range, schema, type: CSATSurveyRecorded.eventType, at: "surveyedAt",
                                  score: "(e.payload->>'score')::integer")),
            ("commendations", dated(range, schema, type: CommendationRecorded.eventType, at: "commendedAt", score: nil)),
            ("disciplinary_cases", Self.cases(range)),
            ("source_events", """
                SELECT e.stream_id, e.stream_version, e.event_type AS type, e.schema_version, e.payload::text AS payload,
                       \(AwardEventSQL.recorded)
                  FROM events e
                 WHERE \(range) AND e.event_type IN (\(AwardEventSQL.quoted(AwardFactsChanges.sourceTypes.sorted())))
                """),
        ]
        // In this order: the facts' buckets read the sites and placements loaded before them.
        for load in loads {
            try await BulkLoad.load(load.table, versions: load.versions, in: schema, on: connection, logger: logger)
        }
    }

    /// Per (site, month, agent, queue) and run, the sums of every report and correction (its
    /// difference) up to the end of the run.
    private func work(_ range: String, _ schema: String) -> String {
        let figures = AwardEventSQL.workFigures
        let corrected = AgentIntervalStatsCorrected.eventType
        let stated = "(CASE WHEN e.event_type = '\(corrected)' THEN e.payload->'corrected' ELSE e.payload->'figures' END)"
        let replaced = "(CASE WHEN e.event_type = '\(corrected)' THEN e.payload->'previous' END)"
        return """
            SELECT r.site_id, r.month, r.agent_id, r.queue_id,
                   \(figures.map { "(sum(r.\($0.column)) OVER so_far)::bigint AS \($0.column)" }.joined(separator: ", ")),
                   r.known_from, r.run_txid, r.run_position
              FROM (SELECT b.site AS site_id, b.month, f.agent AS agent_id, f.queue AS queue_id, f.run_txid, f.known_from,
                           max(f.position) AS run_position,
                           \(figures.map { "sum(f.\($0.column)) AS \($0.column)" }.joined(separator: ", "))
                      FROM (SELECT e.payload->>'agentID' AS agent, e.payload->>'queueID' AS queue,
                                   (e.payload->>'start')::timestamptz AS at, \(AwardEventSQL.recorded),
                                   \(figures.map {
                                       "(\(stated)->>'\($0.json)')::bigint - coalesce((\(replaced)->>'\($0.json)')::bigint, 0) AS \($0.column)"
                                   }.joined(separator: ", "))
                              FROM events e
                             WHERE \(range) AND e.event_type IN (\(AwardEventSQL.quoted(AgentIntervalStatsEvent.payloadTypes.eventTypes)))) f
                      \(SiteMonthBucket.join(schema: schema, fact: "f"))
                     GROUP BY 1, 2, 3, 4, 5, 6) r
            WINDOW so_far AS (PARTITION BY r.site_id, r.month, r.agent_id, r.queue_id ORDER BY r.run_txid ROWS UNBOUNDED PRECEDING)
            """
    }

    /// One row per fact of `type` (a score, or a commendation when `score` is nil), bucketed.
    private func dated(_ range: String, _ schema: String, type: String, at: String, score: String?) -> String {
        """
        SELECT b.site AS site_id, b.month, f.agent AS agent_id, f.position\(score == nil ? "" : ", f.score"),
               f.known_from, f.run_txid, f.run_position
          FROM (SELECT e.payload->>'agentID' AS agent, (e.payload->>'\(at)')::timestamptz AS at,
                       \(score.map { "\($0) AS score, " } ?? "")\(AwardEventSQL.recorded)
                  FROM events e WHERE \(range) AND e.event_type = '\(type)') f
          \(SiteMonthBucket.join(schema: schema, fact: "f"))
        """
    }

    /// Per case and run that touched it (its opening, and each run closing it after), the case
    /// as the run left it: closed on the day of the last closing recorded after the opening.
    private static func cases(_ range: String) -> String {
        """
        WITH opened AS (
            SELECT e.payload->>'agentID' AS agent_id, e.payload->>'caseID' AS case_id,
                   (e.payload->>'openedOn')::date AS opened_on, e.payload->>'reason' AS reason,
                   e.transaction_id AS txid, e.position, e.recorded_at
              FROM events e WHERE \(range) AND e.event_type = '\(DisciplinaryCaseOpened.eventType)'
        ), closed AS (
            SELECT c.agent_id, c.case_id, c.closed_on, c.txid, c.position, c.recorded_at
              FROM (SELECT e.payload->>'agentID' AS agent_id, e.payload->>'caseID' AS case_id,
                           (e.payload->>'closedOn')::date AS closed_on, e.transaction_id AS txid, e.position, e.recorded_at
                      FROM events e WHERE \(range) AND e.event_type = '\(DisciplinaryCaseClosed.eventType)') c
              JOIN opened o USING (agent_id, case_id)
             WHERE (c.txid, c.position) > (o.txid, o.position)
        ), runs AS (
            SELECT DISTINCT ON (t.agent_id, t.case_id, t.txid) t.*
              FROM (SELECT agent_id, case_id, txid, position, recorded_at FROM opened
                    UNION ALL SELECT agent_id, case_id, txid, position, recorded_at FROM closed) t
             ORDER BY t.agent_id, t.case_id, t.txid, t.position DESC
        )
        SELECT o.agent_id, o.case_id, o.opened_on,
               (SELECT c.closed_on FROM closed c
                 WHERE c.agent_id = o.agent_id AND c.case_id = o.case_id AND c.txid <= r.txid
                 ORDER BY c.txid DESC, c.position DESC LIMIT 1) AS closed_on,
               o.reason, r.recorded_at AS known_from, r.txid AS run_txid, r.position AS run_position
          FROM runs r JOIN opened o USING (agent_id, case_id)
        """
    }
}
