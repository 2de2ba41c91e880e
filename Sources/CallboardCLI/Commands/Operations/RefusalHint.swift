import CallboardDomain
import CallboardOperations

/// The "did you mean" of a write command refused for an id that names nothing: the domain
/// says `Agent MNL-1001 has not been hired.`; this finds the site, account, queue and agent
/// ids the refusal carries, and for the first one nothing has, the nearest known id (as the
/// reports and listings do through `UnknownID`).
enum RefusalHint {
    /// ` Did you mean MNL-0001?`, or an empty text when the refusal names no unknown id.
    static func suggestion(for rejection: any Error, in listings: Listings) async -> String {
        for id in ids(in: rejection) {
            do {
                switch id {
                case .site(let site): _ = try await listings.site(site)
                case .account(let account): _ = try await listings.account(account)
                case .queue(let queue): _ = try await listings.queue(queue)
                case .agent(let agent): _ = try await listings.agent(agent)
                }
            } catch let unknown as UnknownID {
                return unknown.suggestion.map { " Did you mean \($0)?" } ?? ""
            } catch {
                return ""
            }
        }
        return ""
    }

    /// An id a refusal carries.
    enum NamedID: Equatable {
        case site(SiteID), account(AccountID), queue(QueueID), agent(AgentID)
    }

    /// The ids among a refusal's associated values (and in arrays or tuples of them), in order.
    static func ids(in value: Any, depth: Int = 0) -> [NamedID] {
        switch value {
        case let site as SiteID: return [.site(site)]
        case let account as AccountID: return [.account(account)]
        case let queue as QueueID: return [.queue(queue)]
        case let agent as AgentID: return [.agent(agent)]
        default:
            guard depth < 3 else { return [] }
            return Mirror(reflecting: value).children.flatMap { ids(in: $0.value, depth: depth + 1) }
        }
    }
}
