import CallboardDomain
import Foundation

/// The checks a command runs on the ids it was given before reading anything: an unknown id
/// throws `UnknownID` (with the likely meant id) instead of producing an empty answer.
extension Listings {
    public func site(_ id: SiteID) async throws -> SiteState {
        let sites = try await KnownEntities.load([.sites], from: store).sites
        guard let site = sites[id] else { throw UnknownID(kind: "site", id: id.rawValue, among: sites.keys.map(\.rawValue)) }
        return site
    }

    public func account(_ id: AccountID) async throws -> ClientAccountState {
        let accounts = try await KnownEntities.load([.accounts], from: store).accounts
        guard let account = accounts[id] else {
            throw UnknownID(kind: "account", id: id.rawValue, among: accounts.keys.map(\.rawValue))
        }
        return account
    }

    public func queue(_ id: QueueID) async throws -> QueueState {
        let queues = try await KnownEntities.load([.queues], from: store).queues
        guard let queue = queues[id] else { throw UnknownID(kind: "queue", id: id.rawValue, among: queues.keys.map(\.rawValue)) }
        return queue
    }

    public func agent(_ id: AgentID) async throws -> AgentState {
        let agents = try await KnownEntities.load([.agents], from: store).agents
        guard let agent = agents[id] else { throw UnknownID(kind: "agent", id: id.rawValue, among: agents.keys.map(\.rawValue)) }
        return agent
    }

    /// The account's market clock: the timezone most of its queues use (ties: the smallest id),
    /// UTC when it has no queue yet. Throws `UnknownID` for an unknown account.
    public func marketTimeZone(of id: AccountID) async throws -> TimeZoneID {
        _ = try await account(id)
        var counts: [TimeZoneID: Int] = [:]
        for queue in try await queues(of: id) { counts[queue.timeZoneID, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        return ranked.first?.key ?? TimeZoneID("UTC")
    }
}
