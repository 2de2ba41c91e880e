import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation
import PostgresNIO
import Projections

/// The roster, schedule and certification facts availability is derived from (see ``CertifiedAvailabilityReader``).
struct WorkforceFacts: Sendable {
    struct Agent: Sendable {
        let agentID: String
        let siteID: String
        let languages: Set<String>
        /// Channels the agent works (raw values).
        var skills: Set<String> = []
        /// (effective day, status), oldest first.
        let statuses: [(LocalDate, String)]

        /// The status in force on `day` (the last one effective by then).
        func status(on day: LocalDate) -> String? { statuses.last { $0.0 <= day }?.1 }
    }

    struct Shift: Hashable, Sendable {
        let queueID: String
        let agentID: String
        let day: LocalDate
    }

    var agents: [Agent] = []
    /// The training program each queue requires (`RequiredProgram`); absent: none.
    var requiredPrograms: [String: String] = [:]
    /// Certified stretches by agent and program, joined with U+001F (``ProgramStandings/validity(_:_:)``).
    var validity: [String: [ValidityInterval]] = [:]
    /// Shifts on a queue starting on a local day of the queue's clock, within the range asked for.
    var scheduled: Set<Shift> = []
}

/// Reads ``WorkforceFacts`` for some queues and local days from the roster, coverage and
/// certifications models.
struct WorkforceFactsQuery: ReportQuery {
    let queues: [SupplyQueue]
    let from: LocalDate
    let through: LocalDate
    /// Whether to read the shifts (the peak report does not need them).
    var withShifts = true

    var readModels: [any Projection] { [SiteRosterProjection(), ShiftCoverageProjection(), CertificationsProjection()] }

    func read(from source: ReadModelSource) async throws -> WorkforceFacts {
        let roster = source.schemas.siteRoster, coverage = source.schemas.shiftCoverage
        var facts = WorkforceFacts()
        var statuses: [String: [(LocalDate, String)]] = [:]
        let statusRows = try await source.connection.query("""
            SELECT agent_id, effective_on::text, status FROM \(unescaped: coverage).agent_statuses ORDER BY agent_id, effective_on, position
            """, logger: source.logger)
        for try await (agent, day, status) in statusRows.decode((String, String, String).self) {
            statuses[agent, default: []].append((LocalDate(parsing: day) ?? LocalDate(daysSinceEpoch: 0), status))
        }
        let agentRows = try await source.connection.query("""
            SELECT a.agent_id, a.site_id, coalesce(array_agg(l.language) FILTER (WHERE l.language IS NOT NULL), '{}'), a.skills
              FROM \(unescaped: roster).agents a LEFT JOIN \(unescaped: roster).agent_languages l ON l.agent_id = a.agent_id
             GROUP BY a.agent_id, a.site_id, a.skills ORDER BY a.agent_id
            """, logger: source.logger)
        for try await (agent, site, languages, skills) in agentRows.decode((String, String, [String], [String]).self) {
            facts.agents.append(.init(agentID: agent, siteID: site, languages: Set(languages), skills: Set(skills),
                                      statuses: statuses[agent] ?? []))
        }
        let ids = queues.map(\.queueID), zones = queues.map(\.timeZoneIdentifier)
        let shiftRows = try await source.connection.query(withShifts ? """
            SELECT q.queue_id, s.agent_id, (s.starts_at AT TIME ZONE q.zone)::date::text
              FROM UNNEST(\(ids)::text[], \(zones)::text[]) AS q(queue_id, zone)
              JOIN \(unescaped: coverage).shifts s ON q.queue_id = ANY(s.queues)
            """ : "SELECT NULL::text, NULL::text, NULL::text WHERE false", logger: source.logger)
        for try await (queue, agent, dayText) in shiftRows.decode((String, String, String).self) {
            if let day = LocalDate(parsing: dayText), day >= from, day <= through {
                facts.scheduled.insert(.init(queueID: queue, agentID: agent, day: day))
            }
        }
        let certifications = source.schemas.certifications
        let programRows = try await source.connection.query(
            "SELECT queue_id, program_id FROM \(unescaped: certifications).queue_programs", logger: source.logger)
        for try await (queue, program) in programRows.decode((String, String).self) { facts.requiredPrograms[queue] = program }
        facts.validity = try await ProgramStandings.validity(PostgresQuery(unsafeSQL: """
            SELECT v.agent_id, v.program_id, v.valid_from, v.valid_until, v.certified_on::text, v.ending,
                   v.lapses_on::text, v.ending_revision, v.ending_reason
              FROM \(certifications).validity v
            """), source)
        return facts
    }
}
