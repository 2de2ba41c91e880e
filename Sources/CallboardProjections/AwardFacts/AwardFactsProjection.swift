import CallboardDomain
import EventStore
import Logging
import PostgresNIO
import Projections

/// The facts of the monthly awards, per site and LOCAL calendar month: each agent's work per
/// queue (contacts, handle time, first-contact resolutions, scheduled and adherent time), QA
/// and CSAT scores and commendations, each bucketed by the month on the clock of the site the
/// agent worked at then, as known when the fact was recorded: the agent's latest hire or
/// transfer effective by the fact's local day among those recorded before the fact in the log
/// (``SiteMonthBucket``), so a backdated transfer recorded later moves no fact already recorded,
/// however the log is cut into batches (23:30 in Manila on 30 November counts in November,
/// though UTC already says so too; 00:30 on 1 December, 16:30 UTC on 30 November, counts in
/// December). A rebuild computes it set-based (``BulkRebuildable``). It also keeps what
/// eligibility needs: agents' sites and statuses over time, disciplinary cases, and the
/// events of the streams whose rules the awards report folds with the domain's own deciders
/// (queues, the site scorecard settings and granted awards), in `source_events`.
/// Certification comes from the `certifications` read model.
public struct AwardFactsProjection: Projection {
    public let name = "award_facts"
    /// 2 since session 24: facts carry their log order and are bucketed by what was recorded
    /// before them (1: placements written before the facts of the same batch).
    public var tablesVersion: Int { 2 }
    public let eventTypes: Set<String>? = AwardFactsChanges.eventTypes

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let month = "site_id text NOT NULL, month text NOT NULL, agent_id text NOT NULL"
        try await connection.execute([
            // Sites and placements keep where their event lies in the log (transaction, position):
            // a fact is bucketed among those recorded before it (``SiteMonthBucket``).
            """
            CREATE TABLE \(schema).sites (site_id text PRIMARY KEY, time_zone text NOT NULL,
                transaction_id bigint NOT NULL, position bigint NOT NULL)
            """, """
            CREATE TABLE \(schema).agent_sites (agent_id text NOT NULL, effective_on date NOT NULL,
                position bigint NOT NULL, site_id text NOT NULL, transaction_id bigint NOT NULL,
                PRIMARY KEY (agent_id, effective_on, position))
            """, """
            CREATE TABLE \(schema).agent_statuses (agent_id text NOT NULL, effective_on date NOT NULL,
                position bigint NOT NULL, status text NOT NULL, PRIMARY KEY (agent_id, effective_on, position))
            """, """
            CREATE TABLE \(schema).work (\(month), queue_id text NOT NULL, contacts bigint NOT NULL,
                handle_seconds bigint NOT NULL, resolutions bigint NOT NULL, scheduled_seconds bigint NOT NULL,
                adherent_seconds bigint NOT NULL, PRIMARY KEY (site_id, month, agent_id, queue_id))
            """,
            "CREATE TABLE \(schema).qa_scores (\(month), position bigint PRIMARY KEY, score double precision NOT NULL)",
            "CREATE INDEX qa_by_month ON \(schema).qa_scores (site_id, month)",
            "CREATE TABLE \(schema).csat_scores (\(month), position bigint PRIMARY KEY, score integer NOT NULL)",
            "CREATE INDEX csat_by_month ON \(schema).csat_scores (site_id, month)",
            "CREATE TABLE \(schema).commendations (\(month), position bigint PRIMARY KEY)",
            "CREATE INDEX commendations_by_month ON \(schema).commendations (site_id, month)",
            """
            CREATE TABLE \(schema).disciplinary_cases (agent_id text NOT NULL, case_id text NOT NULL,
                opened_on date NOT NULL, closed_on date, reason text NOT NULL, PRIMARY KEY (agent_id, case_id))
            """, """
            CREATE TABLE \(schema).source_events (stream_id text NOT NULL, stream_version bigint NOT NULL,
                type text NOT NULL, schema_version integer NOT NULL, payload text NOT NULL,
                PRIMARY KEY (stream_id, stream_version))
            """,
        ], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        var changes = AwardFactsChanges()
        for event in relevant(events) { try changes.record(event) }
        try await AwardFactsWriter(schema: schema, connection: connection, logger: logger).write(changes)
    }
}
