import CallboardDomain
import EventStore
import Logging
import PostgresNIO
import Projections

/// Scheduled staffing per queue and UTC interval, from every site: for each planned shift
/// the half hours it covers on each of its queues (breaks excluded, partial intervals with
/// the seconds worked), with the agent's site. It also keeps the agent facts that decide
/// whether a scheduled agent counts toward a queue: status over time (effective-dated) and
/// languages. See ``StaffingEligibility`` for the rule and its certification seam.
///
/// A shift on several queues counts on each of them: the agent is available to any.
public struct ShiftCoverageProjection: Projection {
    public let name = "shift_coverage"
    public let eventTypes: Set<String>? = ScheduleChanges.eventTypes.union(AgentChanges.eventTypes)

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).agents (
                agent_id  text PRIMARY KEY,
                languages text[] NOT NULL
            )
            """, """
            CREATE TABLE \(schema).agent_statuses (
                agent_id     text NOT NULL,
                effective_on date NOT NULL,
                position     bigint NOT NULL,
                status       text NOT NULL,
                PRIMARY KEY (agent_id, effective_on, position)
            )
            """, """
            CREATE TABLE \(schema).shifts (
                agent_id       text NOT NULL,
                shift_id       text NOT NULL,
                site_id        text NOT NULL,
                time_zone      text NOT NULL,
                local_start    timestamp NOT NULL,
                local_end      timestamp NOT NULL,
                starts_at      timestamptz NOT NULL,
                ends_at        timestamptz NOT NULL,
                worked_seconds integer NOT NULL,
                queues         text[] NOT NULL,
                PRIMARY KEY (agent_id, shift_id)
            )
            """,
            "CREATE INDEX shifts_by_site ON \(schema).shifts (site_id, local_start)",
            """
            CREATE TABLE \(schema).shift_intervals (
                queue_id       text NOT NULL,
                interval_start timestamptz NOT NULL,
                agent_id       text NOT NULL,
                shift_id       text NOT NULL,
                site_id        text NOT NULL,
                worked_seconds integer NOT NULL,
                PRIMARY KEY (queue_id, interval_start, agent_id, shift_id)
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        var agents = AgentChanges()
        var schedules = ScheduleChanges()
        for event in relevant(events) {
            if AgentChanges.eventTypes.contains(event.type) { try agents.record(event) } else { try schedules.record(event) }
        }
        let writer = CoverageWriter(schema: schema, connection: connection, logger: logger)
        try await writer.write(agents)
        try await writer.write(schedules)
    }
}
