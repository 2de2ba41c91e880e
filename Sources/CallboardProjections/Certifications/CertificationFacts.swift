import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO

/// The queue, program and certification events the certifications read model has consumed,
/// kept in its own `facts` table and folded back into domain states with the domain's rules.
struct CertificationFacts {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    static let eventTypes: Set<String> = Set(QueueEvent.payloadTypes.eventTypes)
        .union(TrainingProgramEvent.payloadTypes.eventTypes).union(CertificationEvent.payloadTypes.eventTypes)

    /// What a batch touched.
    struct Touched {
        var certificationStreams: Set<String> = []
        var programs: Set<String> = []
        var programsOrQueues = false
    }

    /// Stores the batch's events; returns what they touched.
    func record(_ batch: [RecordedEvent]) async throws -> Touched {
        var touched = Touched()
        let programTypes = Set(TrainingProgramEvent.payloadTypes.eventTypes)
        let queueTypes = Set(QueueEvent.payloadTypes.eventTypes)
        for event in batch {
            if programTypes.contains(event.type) {
                touched.programs.insert(try event.domainEvent(as: TrainingProgramEvent.self).programID.rawValue)
                touched.programsOrQueues = true
            } else if queueTypes.contains(event.type) {
                touched.programsOrQueues = true
            } else {
                touched.certificationStreams.insert(event.streamID.rawValue)
            }
        }
        var rows = ColumnArrays()
        rows.add(batch.map(\.streamID.rawValue))
        rows.add(batch.map(\.streamVersion))
        rows.add(batch.map(\.type))
        rows.add(batch.map(\.schemaVersion))
        rows.add(batch.map(\.payload))
        try await connection.execute("""
            INSERT INTO \(schema).facts (stream_id, stream_version, event_type, schema_version, payload)
            SELECT * FROM UNNEST($1::text[], $2::int8[], $3::text[], $4::int4[], $5::text[]) ON CONFLICT DO NOTHING
            """, rows, rowCount: batch.count, logger: logger)
        return touched
    }

    /// Every program, folded.
    func programs() async throws -> [ProgramID: TrainingProgramState] {
        let folded = try await fold(TrainingProgram.self, where: "stream_id LIKE 'program-%'")
        return Dictionary(folded.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every queue, folded.
    func queues() async throws -> [QueueState] {
        try await fold(Queue.self, where: "stream_id LIKE 'queue-%'")
    }

    /// The certification streams `streams`, and every one on a program of `programs` (a
    /// revision can change what their certifications are worth), folded.
    func certificationStreams(_ streams: Set<String>, orOfPrograms programs: Set<String>) async throws -> [CertificationState] {
        guard !streams.isEmpty || !programs.isEmpty else { return [] }
        return try await fold(Certification.self, where: """
            stream_id = ANY($1) OR stream_id IN (SELECT 'certification-' || agent_id || '-' || program_id
                                                   FROM \(schema).records WHERE program_id = ANY($2))
            """, Array(streams), Array(programs))
    }

    private func fold<Rules: Decider>(
        _ rules: Rules.Type, where condition: String, _ binds: [String]...
    ) async throws -> [Rules.State] {
        var bindings = PostgresBindings()
        for bind in binds { bindings.append(bind) }
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT stream_id, event_type, schema_version, payload FROM \(schema).facts
             WHERE \(condition) ORDER BY stream_id, stream_version
            """, binds: bindings), logger: logger)
        var states: [Rules.State] = []
        var current: (stream: String, state: Rules.State?)?
        for try await (stream, type, version, payload) in rows.decode((String, String, Int, String).self) {
            let event = try Rules.Event.decode(type: type, schemaVersion: version, payload: Data(payload.utf8))
            if let open = current, open.stream != stream, let state = open.state { states.append(state) }
            let base = current?.stream == stream ? current?.state : nil
            current = (stream, Rules.evolve(base, event))
        }
        if let state = current?.state { states.append(state) }
        return states
    }
}

extension TrainingProgramEvent {
    var programID: ProgramID {
        switch self {
        case let .defined(defined): defined.programID
        case let .revised(revised): revised.programID
        case let .retired(retired): retired.programID
        }
    }
}
