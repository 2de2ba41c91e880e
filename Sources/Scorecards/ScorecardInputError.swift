import CallboardDomain

/// Why a month's facts could not be scored: the caller's bucketing went wrong, and a
/// standings table built on it would mislead.
public enum ScorecardInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case agentListedTwice(AgentID)
    case inconsistentFacts(AgentID, [String])

    public var description: String {
        switch self {
        case let .agentListedTwice(agent):
            "Agent \(agent) is listed twice in the month's facts; give one row per agent."
        case let .inconsistentFacts(agent, problems):
            "The facts of agent \(agent) are inconsistent: \(problems.joined(separator: "; "))."
        }
    }
}
