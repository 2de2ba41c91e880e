import CallboardDomain
import EventStore
import Logging
import PostgresNIO
import Projections

/// Who is certified on which training program, when, and which program each queue requires:
/// the read model behind `report certifications`, `report readiness` and certified-only
/// coverage.
///
/// A certification's validity depends on more than its own stream: a later program revision
/// can require holders to recertify by a date, and which program a queue requires depends on
/// the account's programs and queues. So that this read model depends only on its own events
/// and tables (it is rebuilt and checkpointed on its own), it consumes the queue, program and
/// certification events, keeps them (`facts`), and after each batch refolds the streams the
/// batch touched with the domain's own rules (`Certification`, `CertificationValidity`,
/// `RequiredProgram`), rewriting their rows:
/// - `validity`: each agent's certified stretches per program, revisions and revocations applied;
/// - `records`: each agent's latest training cycle per program (enrolled, nesting, outcome);
/// - `programs` and `queue_programs` (the program each queue requires).
///
/// Coverage applies the certification filter at query time, joining `validity` and
/// `queue_programs` with the `shift_coverage` tables inside the report's one consistent
/// read (live: one REPEATABLE READ transaction; as of an instant: both replayed together).
public struct CertificationsProjection: Projection {
    public let name = "certifications"
    public let eventTypes: Set<String>? = CertificationFacts.eventTypes

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).facts (
                stream_id      text NOT NULL,
                stream_version bigint NOT NULL,
                event_type     text NOT NULL,
                schema_version integer NOT NULL,
                payload        text NOT NULL,
                PRIMARY KEY (stream_id, stream_version)
            )
            """, """
            CREATE TABLE \(schema).programs (
                program_id   text PRIMARY KEY,
                account_id   text NOT NULL,
                name         text NOT NULL,
                product_line text,
                revision     integer NOT NULL
            )
            """, """
            CREATE TABLE \(schema).queue_programs (
                queue_id   text PRIMARY KEY,
                program_id text NOT NULL
            )
            """, """
            CREATE TABLE \(schema).records (
                agent_id      text NOT NULL,
                program_id    text NOT NULL,
                cycle         integer NOT NULL,
                enrolled_on   date NOT NULL,
                nesting_since date,
                outcome       text,
                outcome_on    date,
                PRIMARY KEY (agent_id, program_id)
            )
            """,
            "CREATE INDEX records_by_program ON \(schema).records (program_id)",
            """
            CREATE TABLE \(schema).validity (
                agent_id        text NOT NULL,
                program_id      text NOT NULL,
                valid_from      timestamptz NOT NULL,
                valid_until     timestamptz NOT NULL,
                certified_on    date NOT NULL,
                ending          text NOT NULL,
                lapses_on       date NOT NULL,
                ending_revision integer,
                ending_reason   text,
                PRIMARY KEY (agent_id, program_id, valid_from)
            )
            """,
            "CREATE INDEX validity_by_program ON \(schema).validity (program_id, agent_id)"], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        let batch = relevant(events)
        guard !batch.isEmpty else { return }
        let facts = CertificationFacts(schema: schema, connection: connection, logger: logger)
        let touched = try await facts.record(batch)
        let programs = try await facts.programs()
        let writer = CertificationWriter(schema: schema, connection: connection, logger: logger)
        if touched.programsOrQueues {
            try await writer.write(programs: programs, queues: try await facts.queues())
        }
        let streams = try await facts.certificationStreams(touched.certificationStreams,
                                                          orOfPrograms: touched.programs)
        try await writer.write(streams, under: programs)
    }
}
