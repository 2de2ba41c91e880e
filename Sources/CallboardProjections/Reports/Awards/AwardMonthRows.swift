import CallboardDomain
import PostgresNIO

/// One site-month's facts as the award facts model holds them, per agent: work per queue,
/// QA and CSAT scores, commendations, and, for the agents with any of those, their status
/// history and disciplinary cases.
struct AwardMonthRows {
    /// An agent's month on one queue.
    struct Work {
        let agentID: AgentID
        let queueID: QueueID
        let contacts: Int
        let handleSeconds: Int
        let resolutions: Int
        let scheduledSeconds: Int
        let adherentSeconds: Int
    }

    /// A disciplinary case's span in local days.
    struct Case {
        let openedOn: LocalDate
        let closedOn: LocalDate?
    }

    var work: [Work] = []
    var qa: [AgentID: [Double]] = [:]
    var csat: [AgentID: [Int]] = [:]
    var commendations: [AgentID: Int] = [:]
    var statuses: [AgentID: [AgentStatusHistory.Change]] = [:]
    var cases: [AgentID: [Case]] = [:]

    /// Every agent with a fact in the month: the candidates of the standings.
    var agents: [AgentID] {
        Set(work.map(\.agentID)).union(qa.keys).union(csat.keys).union(commendations.keys).sorted()
    }

    static func read(_ site: SiteID, _ month: LocalMonth, from source: ReadModelSource) async throws -> AwardMonthRows {
        let schema = source.schemas.awardFacts
        let (connection, logger) = (source.connection, source.logger)
        let (siteID, monthText) = (site.rawValue, month.description)
        var rows = AwardMonthRows()
        let work = try await connection.query("""
            SELECT agent_id, queue_id, contacts, handle_seconds, resolutions, scheduled_seconds, adherent_seconds
              FROM \(unescaped: schema).work WHERE site_id = \(siteID) AND month = \(monthText) ORDER BY 1, 2
            """, logger: logger)
        for try await (agent, queue, contacts, handle, resolutions, scheduled, adherent) in work.decode(
            (String, String, Int, Int, Int, Int, Int).self
        ) {
            rows.work.append(Work(agentID: AgentID(agent), queueID: QueueID(queue), contacts: contacts, handleSeconds: handle,
                                  resolutions: resolutions, scheduledSeconds: scheduled, adherentSeconds: adherent))
        }
        let qa = try await connection.query("""
            SELECT agent_id, score FROM \(unescaped: schema).qa_scores
             WHERE site_id = \(siteID) AND month = \(monthText) ORDER BY 1, 2
            """, logger: logger)
        for try await (agent, score) in qa.decode((String, Double).self) { rows.qa[AgentID(agent), default: []].append(score) }
        let csat = try await connection.query("""
            SELECT agent_id, score FROM \(unescaped: schema).csat_scores
             WHERE site_id = \(siteID) AND month = \(monthText) ORDER BY 1, 2
            """, logger: logger)
        for try await (agent, score) in csat.decode((String, Int).self) { rows.csat[AgentID(agent), default: []].append(score) }
        let praise = try await connection.query("""
            SELECT agent_id, count(*)::int8 FROM \(unescaped: schema).commendations
             WHERE site_id = \(siteID) AND month = \(monthText) GROUP BY 1
            """, logger: logger)
        for try await (agent, count) in praise.decode((String, Int).self) { rows.commendations[AgentID(agent)] = count }
        try await rows.readAgents(schema, source)
        return rows
    }

    /// The status histories and disciplinary cases of the month's agents.
    private mutating func readAgents(_ schema: String, _ source: ReadModelSource) async throws {
        let ids = agents.map(\.rawValue)
        let history = try await source.connection.query("""
            SELECT agent_id, effective_on::text, status FROM \(unescaped: schema).agent_statuses
             WHERE agent_id = ANY(\(ids)) ORDER BY agent_id, effective_on, position
            """, logger: source.logger)
        for try await (agent, day, status) in history.decode((String, String, String).self) {
            statuses[AgentID(agent), default: []].append(.init(effectiveOn: try StoredValue.date(day), status: try StoredValue.status(status)))
        }
        let cases = try await source.connection.query("""
            SELECT agent_id, opened_on::text, closed_on::text FROM \(unescaped: schema).disciplinary_cases
             WHERE agent_id = ANY(\(ids))
            """, logger: source.logger)
        for try await (agent, opened, closed) in cases.decode((String, String, String?).self) {
            self.cases[AgentID(agent), default: []].append(
                Case(openedOn: try StoredValue.date(opened), closedOn: try closed.map(StoredValue.date)))
        }
    }
}
