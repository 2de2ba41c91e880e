import CallboardDomain
import EventStore

/// The sites, agents, client accounts and queues as they stand, read once per import or
/// listing: the context decisions need from other streams (an agent's site, a queue's
/// account) and the references import rows must resolve.
struct KnownEntities: Sendable {
    /// Which entities to read.
    enum Kind: Sendable, Hashable { case sites, agents, accounts, queues }

    var sites: [SiteID: SiteState] = [:]
    var agents: [AgentID: AgentState] = [:]
    var accounts: [AccountID: ClientAccountState] = [:]
    var queues: [QueueID: QueueState] = [:]

    /// Reads the categories of `kinds`, each in one read.
    static func load(_ kinds: Set<Kind>, from store: EventStore) async throws -> KnownEntities {
        var known = KnownEntities()
        if kinds.contains(.sites) { known.sites = try await states(Site.self, store, key: \.id) }
        if kinds.contains(.agents) { known.agents = try await states(Agent.self, store, key: \.id) }
        if kinds.contains(.accounts) { known.accounts = try await states(ClientAccount.self, store, key: \.id) }
        if kinds.contains(.queues) { known.queues = try await states(Queue.self, store, key: \.id) }
        return known
    }

    /// The queues shifts may be planned on: those not closed.
    var openQueueIDs: Set<QueueID> { Set(queues.values.filter { !$0.isClosed }.map(\.id)) }

    /// What planning a shift for `agent` needs: the agent, their current site, the open queues.
    func shiftContext(for agent: AgentID) -> ShiftContext {
        let state = agents[agent]
        return ShiftContext(agent: state, site: state.flatMap { sites[$0.siteID] }, knownQueues: openQueueIDs)
    }

    private static func states<Rules: StreamCategory, Key: Hashable>(
        _ rules: Rules.Type, _ store: EventStore, key: (Rules.State) -> Key
    ) async throws -> [Key: Rules.State] {
        let streams = try await StreamLoader<Rules>(store: store).loadCategory()
        return Dictionary(streams.compactMap(\.state).map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
