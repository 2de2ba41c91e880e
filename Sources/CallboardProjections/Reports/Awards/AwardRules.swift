import CallboardDomain
import Foundation
import PostgresNIO

/// The states an awards report needs from other streams, folded from the award facts'
/// `source_events` with the domain's own deciders, so the report applies exactly the rules
/// the commands do: queues and training programs (which program a queue requires, by
/// ``RequiredProgram``), the month's agents' certifications, the site's scorecard settings
/// and the month's award, if granted.
struct AwardRules {
    /// One agent's certification stream on one program.
    struct CertificationKey: Hashable {
        let agentID: AgentID
        let programID: ProgramID
    }

    var queues: [QueueID: QueueState] = [:]
    var programs: [TrainingProgramState] = []
    var certifications: [CertificationKey: CertificationState] = [:]
    var scorecard = SiteScorecardState()
    var award: AwardGranted?

    static func read(_ site: SiteID, _ month: LocalMonth, agents: [AgentID], from source: ReadModelSource) async throws -> AwardRules {
        let schema = source.schemas.awardFacts
        let own = [StreamID.scorecard(site).rawValue, StreamID.award(site, month).rawValue]
        let rows = try await source.connection.query("""
            SELECT stream_id, type, schema_version, payload FROM \(unescaped: schema).source_events
             WHERE stream_id LIKE 'queue-%' OR stream_id LIKE 'program-%' OR stream_id = ANY(\(own))
                OR agent_id = ANY(\(agents.map(\.rawValue)))
             ORDER BY stream_id, stream_version
            """, logger: source.logger)
        var streams: [(id: String, events: [(type: String, version: Int, payload: String)])] = []
        for try await (stream, type, version, payload) in rows.decode((String, String, Int, String).self) {
            if streams.last?.id != stream { streams.append((stream, [])) }
            streams[streams.count - 1].events.append((type, version, payload))
        }
        var rules = AwardRules()
        for stream in streams { try rules.fold(stream.events) }
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
        } else if TrainingProgramEvent.payloadTypes.eventTypes.contains(first) {
            if let program = TrainingProgram.fold(try decoded(TrainingProgramEvent.self)) { programs.append(program) }
        } else if CertificationEvent.payloadTypes.eventTypes.contains(first) {
            if let record = Certification.fold(try decoded(CertificationEvent.self)) {
                certifications[CertificationKey(agentID: record.agentID, programID: record.programID)] = record
            }
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
            guard let state = self.queues[queue], let program = RequiredProgram.for(state, among: programs) else {
                return true
            }
            let record = certifications[CertificationKey(agentID: agent, programID: program.id)]
            return CertificationValidity(record, agentID: agent, program: program).covers(span)
        }
    }
}
