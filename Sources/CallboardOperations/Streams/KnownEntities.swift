import CallboardDomain
import EventStore

/// The sites, agents, client accounts, queues, training programs and certifications as they
/// stand, read once per import or listing: the context decisions need from other streams (an
/// agent's site, a queue's account, the program a queue requires and the agent's standing on
/// it) and the references import rows must resolve.
struct KnownEntities: Sendable {
    /// Which entities to read.
    enum Kind: Sendable, Hashable { case sites, agents, accounts, queues, programs, certifications }

    var sites: [SiteID: SiteState] = [:]
    var agents: [AgentID: AgentState] = [:]
    var accounts: [AccountID: ClientAccountState] = [:]
    var queues: [QueueID: QueueState] = [:]
    var programs: [ProgramID: TrainingProgramState] = [:]
    /// Every agent's training and certification record, per program.
    var certifications: [AgentID: [ProgramID: CertificationState]] = [:]
    /// The program each queue requires (`RequiredProgram`), worked out once when queues and
    /// programs are both read; queues requiring none are absent.
    private(set) var requiredPrograms: [QueueID: TrainingProgramState] = [:]

    /// Reads the categories of `kinds`, each in one read.
    static func load(_ kinds: Set<Kind>, from store: EventLog) async throws -> KnownEntities {
        var known = KnownEntities()
        if kinds.contains(.sites) { known.sites = try await states(Site.self, store, key: \.id) }
        if kinds.contains(.agents) { known.agents = try await states(Agent.self, store, key: \.id) }
        if kinds.contains(.accounts) { known.accounts = try await states(ClientAccount.self, store, key: \.id) }
        if kinds.contains(.queues) { known.queues = try await states(Queue.self, store, key: \.id) }
        if kinds.contains(.programs) { known.programs = try await states(TrainingProgram.self, store, key: \.id) }
        if kinds.contains(.certifications) {
            for stream in try await StreamLoader<Certification>(store: store).loadCategory() {
                guard let record = stream.state else { continue }
                known.certifications[record.agentID, default: [:]][record.programID] = record
            }
        }
        known.resolveRequiredPrograms()
        return known
    }

    /// Works out `requiredPrograms` from the queues and programs read.
    mutating func resolveRequiredPrograms() {
        requiredPrograms = RequiredProgram.byQueue(queues.values, among: Array(programs.values))
    }

    /// The queues shifts may be planned on: those not closed.
    var openQueueIDs: Set<QueueID> { Set(queues.values.filter { !$0.isClosed }.map(\.id)) }

    /// What planning `command` needs: the agent, their current site, the open queues and,
    /// for each of the shift's queues that requires a program, the agent's validity on it.
    func shiftContext(for command: ShiftCommand) -> ShiftContext {
        let state = agents[command.agentID]
        let queues: [QueueID] = if case let .plan(plan) = command { plan.queues } else { [] }
        return ShiftContext(agent: state, site: state.flatMap { sites[$0.siteID] }, knownQueues: openQueueIDs,
                            certifications: certifications(of: command.agentID, on: queues))
    }

    /// For each of `queues` that requires a program, `agent`'s certification validity on it
    /// (no intervals when never certified).
    func certifications(of agent: AgentID, on queues: [QueueID]) -> [QueueID: CertificationValidity] {
        var held: [QueueID: CertificationValidity] = [:]
        for queue in queues {
            guard let program = requiredPrograms[queue] else { continue }
            held[queue] = CertificationValidity(certifications[agent]?[program.id], agentID: agent, program: program)
        }
        return held
    }

    private static func states<Rules: StreamCategory, Key: Hashable>(
        _ rules: Rules.Type, _ store: EventLog, key: (Rules.State) -> Key
    ) async throws -> [Key: Rules.State] {
        let streams = try await StreamLoader<Rules>(store: store).loadCategory()
        return Dictionary(streams.compactMap(\.state).map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
