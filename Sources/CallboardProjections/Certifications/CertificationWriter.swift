import CallboardDomain
import Foundation
import Logging
import PostgresNIO

/// Rewrites the certifications read model's derived rows from folded domain states.
struct CertificationWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    /// Replaces the programs and which program each queue requires (`RequiredProgram`).
    func write(programs: [ProgramID: TrainingProgramState], queues: [QueueState]) async throws {
        let all = programs.values.sorted { $0.id < $1.id }
        try await connection.execute(["DELETE FROM \(schema).programs", "DELETE FROM \(schema).queue_programs"],
                                     logger: logger)
        var rows = ColumnArrays()
        rows.add(all.map(\.id.rawValue))
        rows.add(all.map(\.accountID.rawValue))
        rows.add(all.map(\.name))
        rows.add(all.map { $0.scope.productLine ?? "" })
        rows.add(all.map(\.revision))
        try await connection.execute("""
            INSERT INTO \(schema).programs (program_id, account_id, name, product_line, revision)
            SELECT u.id, u.account, u.name, nullif(u.line, ''), u.revision
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::int4[]) AS u(id, account, name, line, revision)
            """, rows, rowCount: all.count, logger: logger)
        let required = RequiredProgram.byQueue(queues, among: all)
        var pairs = ColumnArrays()
        pairs.add(required.keys.map(\.rawValue))
        pairs.add(required.values.map(\.id.rawValue))
        try await connection.execute("""
            INSERT INTO \(schema).queue_programs (queue_id, program_id) SELECT * FROM UNNEST($1::text[], $2::text[])
            """, pairs, rowCount: required.count, logger: logger)
    }

    /// Replaces the training record and validity stretches of each of `records`.
    func write(_ records: [CertificationState], under programs: [ProgramID: TrainingProgramState]) async throws {
        guard !records.isEmpty else { return }
        var keys = ColumnArrays()
        keys.add(records.map(\.agentID.rawValue))
        keys.add(records.map(\.programID.rawValue))
        for table in ["records", "validity"] {
            try await connection.execute("""
                DELETE FROM \(schema).\(table) t USING UNNEST($1::text[], $2::text[]) AS u(agent, program)
                 WHERE t.agent_id = u.agent AND t.program_id = u.program
                """, keys, rowCount: records.count, logger: logger)
        }
        var cycles = ColumnArrays()
        cycles.add(records.map(\.agentID.rawValue))
        cycles.add(records.map(\.programID.rawValue))
        cycles.add(records.map(\.training.number))
        cycles.add(records.map(\.training.enrolledOn.description))
        cycles.add(records.map { $0.training.nesting?.startedOn.description ?? "" })
        cycles.add(records.map { StoredOutcome.kind($0.training.outcome) })
        cycles.add(records.map { StoredOutcome.day($0.training.outcome) })
        try await connection.execute("""
            INSERT INTO \(schema).records (agent_id, program_id, cycle, enrolled_on, nesting_since, outcome, outcome_on)
            SELECT u.agent, u.program, u.cycle, u.enrolled::date, nullif(u.nesting, '')::date, nullif(u.outcome, ''),
                   nullif(u.outcome_on, '')::date
              FROM UNNEST($1::text[], $2::text[], $3::int4[], $4::text[], $5::text[], $6::text[], $7::text[])
                   AS u(agent, program, cycle, enrolled, nesting, outcome, outcome_on)
            """, cycles, rowCount: records.count, logger: logger)
        try await writeValidity(records.flatMap { record in
            programs[record.programID].map {
                CertificationValidity(record, agentID: record.agentID, program: $0).intervals
                    .map { (record.agentID, record.programID, $0) }
            } ?? []
        })
    }

    private func writeValidity(_ stretches: [(AgentID, ProgramID, ValidityInterval)]) async throws {
        var rows = ColumnArrays()
        rows.add(stretches.map(\.0.rawValue))
        rows.add(stretches.map(\.1.rawValue))
        try rows.add(stretches.map(\.2.from))
        try rows.add(stretches.map(\.2.until))
        rows.add(stretches.map(\.2.certifiedOn.description))
        rows.add(stretches.map { StoredEnding($0.2.ending).kind })
        rows.add(stretches.map { $0.2.ending.lapsesOn.description })
        rows.add(stretches.map { StoredEnding($0.2.ending).revision ?? 0 })
        rows.add(stretches.map { StoredEnding($0.2.ending).reason ?? "" })
        try await connection.execute("""
            INSERT INTO \(schema).validity (agent_id, program_id, valid_from, valid_until, certified_on, ending,
                                            lapses_on, ending_revision, ending_reason)
            SELECT u.agent, u.program, u.valid_from, u.valid_until, u.certified::date, u.ending, u.lapses::date,
                   nullif(u.revision, 0), nullif(u.reason, '')
              FROM UNNEST($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::text[], $6::text[],
                          $7::text[], $8::int4[], $9::text[])
                   AS u(agent, program, valid_from, valid_until, certified, ending, lapses, revision, reason)
            """, rows, rowCount: stretches.count, logger: logger)
    }
}
