import CallboardDomain
import Foundation
import PostgresNIO

/// The states an awards report needs from other streams: queues, the site's scorecard
/// settings and the month's award, folded from the award facts' `source_events` with the
/// domain's own deciders; and which program each queue requires (``RequiredProgram``) with
/// the month's agents' certified stretches, from the `certifications` read model, the same
/// facts coverage counts by, read in the report's one snapshot.
struct AwardRules {
    var queues: [QueueID: QueueState] = [:]
    /// The program each queue requires; queues absent require none.
    var requiredPrograms: [QueueID: ProgramID] = [:]
    /// Certified stretches by agent and program, joined with U+001F.
    var validity: [String: [ValidityInterval]] = [:]
    var scorecard = SiteScorecardState()
    var award: AwardGranted?

    static func read(_ site: SiteID, _ month: LocalMonth, agents: [AgentID], from source: ReadModelSource) async throws -> AwardRules {
        let schema = source.schemas.awardFacts
        let own = [StreamID.scorecard(site).rawValue, StreamID.award(site, month).rawValue]
        let rows = try await source.connection.query("""
            SELECT stream_id, type, schema_version, payload FROM \(unescaped: schema).source_events
             WHERE stream_id LIKE 'queue-%' OR stream_id = ANY(\(own))
             ORDER BY stream_id, stream_version
            """, logger: source.logger)
        var streams: [(id: String, events: [(type: String, version: Int, payload: String)])] = []
        for try await (stream, type, version, payload) in rows.decode((String, String, Int, String).self) {
            if streams.last?.id != stream { streams.append((stream, [])) }
            streams[streams.count - 1].events.append((type, version, payload))
        }
        var rules = AwardRules()
        for stream in streams { try rules.fold(stream.events) }
        let certifications = source.schemas.certifications
        let programRows = try await source.connection.query(
            "SELECT queue_id, program_id FROM \(unescaped: certifications).queue_programs", logger: source.logger)
        for try await (queue, program) in programRows.decode((String, String).self) {
            rules.requiredPrograms[QueueID(queue)] = ProgramID(program)
        }
        var binds = PostgresBindings()
        binds.append(agents.map(\.rawValue))
        rules.validity = try await ProgramStandings.validity(PostgresQuery(unsafeSQL: """
            SELECT v.agent_id, v.program_id, v.valid_from, v.valid_until, v.certified_on::text, v.ending,
                   v.lapses_on::text, v.ending_revision, v.ending_reason
              FROM \(certifications).validity v WHERE v.agent_id = ANY($1)
            """, binds: binds), source)
        return rules
    }

    /// Folds one stream's events with the decider of its kind, told apart by event type.
    private mutating func fold(_ events: [(type: String, version: Int, payload: String)]) throws {
        guard let first = events.first?.type else { return }
        func decoded<Event: DomainEvent>(_ kind: Event.Type) throws -> [Event] {
            try events.map { try Event.decode(type: $0.type, schemaVersion: $0.version, payload: Data($0.payload.utf8)) }
        }
        if QueueEvent.payloadTypes.eventTypes.contains(first) {
            if let queue = Queue.fold(try decoded(QueueEvent.self)) { queues[queue.id] = queue }
        } else if SiteScorecardEvent.payloadTypes.eventTypes.contains(first) {
            scorecard = SiteScorecard.fold(try decoded(SiteScorecardEvent.self)) ?? SiteScorecardState()
        } else if MonthlyAwardEvent.payloadTypes.eventTypes.contains(first) {
            award = MonthlyAward.fold(try decoded(MonthlyAwardEvent.self))?.granted
        }
    }

    /// Whether `agent` held, for the whole of `span`, the certification of every program the
    /// queues they worked require (queues that require none ask nothing).
    func isCertified(_ agent: AgentID, on queues: Set<QueueID>, throughout span: Range<Date>) -> Bool {
        queues.allSatisfy { queue in
            guard let program = requiredPrograms[queue] else { return true }
            let stretches = validity["\(agent.rawValue)\u{1F}\(program.rawValue)"] ?? []
            return CertificationValidity(agentID: agent, programID: program, intervals: stretches).covers(span)
        }
    }
}
