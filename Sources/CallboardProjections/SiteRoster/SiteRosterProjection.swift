import CallboardDomain
import EventStore
import Logging
import PostgresNIO
import Projections

/// The site roster: every site, and every agent with their site, status, languages (with
/// proficiency) and channels. It answers "who works at my site" without reading the log.
public struct SiteRosterProjection: Projection {
    public let name = "site_roster"
    public let eventTypes: Set<String>? = SiteChanges.eventTypes.union(AgentChanges.eventTypes)

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).sites (
                site_id    text PRIMARY KEY,
                name       text NOT NULL,
                country    text NOT NULL,
                time_zone  text NOT NULL,
                seats      integer NOT NULL,
                languages  text[] NOT NULL,
                opened_on  date NOT NULL,
                closed_on  date
            )
            """, """
            CREATE TABLE \(schema).agents (
                agent_id     text PRIMARY KEY,
                site_id      text NOT NULL,
                name         text NOT NULL,
                status       text NOT NULL,
                status_since date NOT NULL,
                hired_on     date NOT NULL,
                skills       text[] NOT NULL
            )
            """,
            "CREATE INDEX agents_by_site ON \(schema).agents (site_id)",
            """
            CREATE TABLE \(schema).agent_languages (
                agent_id    text NOT NULL,
                language    text NOT NULL,
                proficiency text NOT NULL,
                PRIMARY KEY (agent_id, language)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        var sites = SiteChanges()
        var agents = AgentChanges()
        for event in relevant(events) {
            if AgentChanges.eventTypes.contains(event.type) { try agents.record(event) } else { try sites.record(event) }
        }
        let writer = RosterWriter(schema: schema, connection: connection, logger: logger)
        try await writer.write(sites)
        try await writer.write(agents)
    }
}
