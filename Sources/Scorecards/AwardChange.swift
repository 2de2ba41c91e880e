import CallboardDomain

/// One difference between a granted award and a recomputation with data that arrived later.
/// Shown next to the granted result; the award itself stands.
public enum AwardChange: Hashable, Sendable, CustomStringConvertible {
    /// The facts or configuration differ from those the award was computed from.
    case inputsChanged(granted: String, fresh: String)
    /// Later data would put another agent (or nobody) first.
    case winnerWouldDiffer(granted: AgentID, fresh: AgentID?)
    case scoreChanged(AgentID, granted: Double, fresh: Double)
    case rankChanged(AgentID, granted: Int, fresh: Int)
    case nowEligible(AgentID, rank: Int, score: Double)
    /// Eligible when granted but not any more; no reasons when the agent has left the facts.
    case noLongerEligible(AgentID, [IneligibilityReason])

    public var description: String {
        switch self {
        case .inputsChanged:
            "Data arrived after the award was granted; the figures below include it."
        case let .winnerWouldDiffer(granted, fresh?):
            "With the later data agent \(fresh) would rank first; the award granted to agent \(granted) stands."
        case let .winnerWouldDiffer(granted, nil):
            "With the later data no agent would be eligible; the award granted to agent \(granted) stands."
        case let .scoreChanged(agent, granted, fresh):
            "Agent \(agent) scored \(granted) when the award was granted and \(fresh) with the later data."
        case let .rankChanged(agent, granted, fresh):
            "Agent \(agent) ranked \(granted) when the award was granted and \(fresh) with the later data."
        case let .nowEligible(agent, rank, score):
            "Agent \(agent) is eligible with the later data, ranking \(rank) with \(score)."
        case let .noLongerEligible(agent, reasons):
            reasons.isEmpty ? "Agent \(agent) is no longer in the month's data."
                : "Agent \(agent) is no longer eligible with the later data: "
                    + "\(reasons.map(\.description).joined(separator: "; "))."
        }
    }
}
