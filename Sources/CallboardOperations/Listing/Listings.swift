import CallboardDomain
import EventStore

/// What the `list` commands show: sites, agents, client accounts, queues and an agent's
/// shifts as their streams fold today, sorted by id. Each call reads whole categories; the
/// projections of a later issue will answer these from tables instead.
public struct Listings: Sendable {
    public let store: EventLog

    public init(store: EventLog) { self.store = store }

    public func sites() async throws -> [SiteState] {
        try await KnownEntities.load([.sites], from: store).sites.values.sorted { $0.id < $1.id }
    }

    /// Agents, at one site only when `site` is given.
    public func agents(at site: SiteID? = nil) async throws -> [AgentState] {
        try await KnownEntities.load([.agents], from: store).agents.values
            .filter { site == nil || $0.siteID == site }.sorted { $0.id < $1.id }
    }

    public func accounts() async throws -> [ClientAccountState] {
        try await KnownEntities.load([.accounts], from: store).accounts.values.sorted { $0.id < $1.id }
    }

    /// Queues, of one client account only when `account` is given.
    public func queues(of account: AccountID? = nil) async throws -> [QueueState] {
        try await KnownEntities.load([.queues], from: store).queues.values
            .filter { account == nil || $0.accountID == account }.sorted { $0.id < $1.id }
    }

    /// An agent's schedule: every shift planned, cancelled ones included (see `ScheduleState.cancelled`).
    public func schedule(of agent: AgentID) async throws -> ScheduleState {
        try await StreamLoader<Schedule>(store: store).state(of: .schedule(agent)) ?? ScheduleState()
    }
}

extension Listings {
    /// Training programs, of one client account only when `account` is given.
    public func programs(of account: AccountID? = nil) async throws -> [TrainingProgramState] {
        try await KnownEntities.load([.programs], from: store).programs.values
            .filter { account == nil || $0.accountID == account }.sorted { $0.id < $1.id }
    }

    /// One agent's training record on every program they enrolled on, with the program, by program id.
    public func certifications(of agent: AgentID) async throws -> [(record: CertificationState, program: TrainingProgramState)] {
        let known = try await KnownEntities.load([.programs], from: store)
        let ids = Set(known.programs.keys.map { CallboardDomain.StreamID.certification(agent, $0) })
        let records = try await StreamLoader<Certification>(store: store).load(ids).values.compactMap(\.state)
        return records.compactMap { record in known.programs[record.programID].map { (record, $0) } }
            .sorted { $0.record.programID < $1.record.programID }
    }
}
