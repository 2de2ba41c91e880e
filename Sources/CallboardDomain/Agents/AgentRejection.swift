/// Why an agent command was refused, in a sentence a site director understands.
public enum AgentRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadyHired(AgentID)
    case notHired(AgentID)
    case hasLeft(AgentID)
    case illegalTransition(AgentID, from: AgentStatus, to: AgentStatus)
    case siteNotOpened(SiteID)
    case siteClosed(SiteID)
    case alreadyAtSite(AgentID, SiteID)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .alreadyHired(agent):
            "Agent \(agent) is already hired; choose another agent id."
        case let .notHired(agent):
            "Agent \(agent) has not been hired."
        case let .hasLeft(agent):
            "Agent \(agent) has left the company; their record accepts no more changes."
        case let .illegalTransition(agent, from, to):
            "Agent \(agent) cannot go from \(from.name) to \(to.name) (field status): \(from.explainRefusal(to: to))."
        case let .siteNotOpened(site):
            "Site \(site) has not been opened (field siteID)."
        case let .siteClosed(site):
            "Site \(site) is closed and takes no agents (field siteID)."
        case let .alreadyAtSite(agent, site):
            "Agent \(agent) already works at site \(site) (field to)."
        }
    }
}
