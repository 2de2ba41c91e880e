import CallboardDomain
import Foundation
import PostgresNIO

/// An agent as the certification reports need them, from the site roster read model.
struct StoredAgent {
    let agentID: AgentID
    let name: String
    let siteID: SiteID
    let status: AgentStatus
    let languages: [LanguageCode]
}

/// An agent's latest training cycle on a program, from the certifications read model.
struct StoredRecord {
    let programID: ProgramID
    let accountID: AccountID
    let enrolledOn: LocalDate
    let nestingSince: LocalDate?
    let outcome: TrainingCycle.Outcome?
}

/// Reads every agent's standing on the programs they have enrolled on, optionally for one
/// site and one client account, at an instant: the rows both certification reports start from.
enum ProgramStandings {
    static func read(
        site: SiteID?, account: AccountID?, at instant: Date, in source: ReadModelSource
    ) async throws -> [ProgramStanding] {
        let roster = source.schemas.siteRoster, certifications = source.schemas.certifications
        let filter = """
            FROM \(certifications).records r
            JOIN \(certifications).programs p ON p.program_id = r.program_id
            JOIN \(roster).agents a ON a.agent_id = r.agent_id
            WHERE a.status <> 'left' AND ($1::text IS NULL OR a.site_id = $1) AND ($2::text IS NULL OR p.account_id = $2)
            """
        var binds = PostgresBindings()
        binds.append(site?.rawValue)
        binds.append(account?.rawValue)
        let stretches = try await validity(PostgresQuery(unsafeSQL: """
            SELECT v.agent_id, v.program_id, v.valid_from, v.valid_until, v.certified_on::text, v.ending,
                   v.lapses_on::text, v.ending_revision, v.ending_reason
              FROM \(certifications).validity v WHERE (v.agent_id, v.program_id) IN (SELECT r.agent_id, r.program_id \(filter))
            """, binds: binds), source)
        let rows = try await source.connection.query(PostgresQuery(unsafeSQL: """
            SELECT r.agent_id, a.name, a.site_id, a.status,
                   coalesce((SELECT array_agg(l.language ORDER BY l.language) FROM \(roster).agent_languages l
                              WHERE l.agent_id = r.agent_id), '{}'),
                   r.program_id, p.account_id, r.enrolled_on::text, r.nesting_since::text, r.outcome, r.outcome_on::text
              \(filter)
             ORDER BY a.name, r.agent_id, r.program_id
            """, binds: binds), logger: source.logger)
        var standings: [ProgramStanding] = []
        for try await (agent, name, siteID, status, languages, program, accountID, enrolled, nesting, outcome, outcomeOn)
            in rows.decode((String, String, String, String, [String], String, String, String, String?, String?, String?).self)
        {
            let stored = StoredAgent(agentID: AgentID(agent), name: name, siteID: SiteID(siteID),
                                     status: try StoredValue.status(status), languages: languages.map { LanguageCode($0) })
            let record = StoredRecord(
                programID: ProgramID(program), accountID: AccountID(accountID), enrolledOn: try StoredValue.date(enrolled),
                nestingSince: try nesting.map(StoredValue.date),
                outcome: try StoredOutcome.outcome(outcome, on: try outcomeOn.map(StoredValue.date)))
            let validity = CertificationValidity(agentID: stored.agentID, programID: record.programID,
                                                 intervals: stretches["\(agent)\u{1F}\(program)"] ?? [])
            standings.append(ProgramStanding(agent: stored, record: record, validity: validity, at: instant))
        }
        return standings
    }

    /// The validity stretches the query selects (agent, program, valid_from, valid_until,
    /// certified_on, ending, lapses_on, ending_revision, ending_reason), by agent and program
    /// joined with U+001F.
    static func validity(_ query: PostgresQuery, _ source: ReadModelSource) async throws -> [String: [ValidityInterval]] {
        var stretches: [String: [ValidityInterval]] = [:]
        let rows = try await source.connection.query(query, logger: source.logger)
        for try await (agent, program, from, until, certified, ending, lapses, revision, reason) in rows.decode(
            (String, String, Date, Date, String, String, String, Int?, String?).self
        ) {
            let interval = ValidityInterval(
                from: from, until: until, certifiedOn: try StoredValue.date(certified),
                ending: try StoredEnding.ending(ending, lapsesOn: try StoredValue.date(lapses), revision: revision,
                                                reason: reason))
            stretches["\(agent)\u{1F}\(program)", default: []].append(interval)
        }
        return stretches
    }
}
