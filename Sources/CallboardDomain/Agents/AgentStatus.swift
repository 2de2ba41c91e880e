/// Where an agent stands in the employment lifecycle, and which moves between stages are
/// allowed. A new hire starts in training, goes to nesting (live contacts under close QA),
/// then live; leave can interrupt any stage; left is final.
public enum AgentStatus: String, Sendable, Codable, CaseIterable {
    case training, nesting, live, onLeave, left

    /// The statuses an agent may move to from this one.
    public var allowedNext: [AgentStatus] {
        switch self {
        case .training: [.nesting, .onLeave, .left]
        case .nesting: [.live, .training, .onLeave, .left]
        case .live: [.training, .onLeave, .left]
        case .onLeave: [.training, .nesting, .live, .left]
        case .left: []
        }
    }

    public func canChange(to next: AgentStatus) -> Bool { allowedNext.contains(next) }

    /// The status as said in a sentence: "training", "on leave".
    public var name: String { self == .onLeave ? "on leave" : rawValue }

    /// Why moving from this status to `next` is not allowed, for a rejection message.
    func explainRefusal(to next: AgentStatus) -> String {
        if self == next { return "the agent's status is already \(name)" }
        if self == .left { return "left is final: an agent who has left cannot change status" }
        let list = Wording.choices(allowedNext.map(\.name))
        let hint = next == .live ? "; an agent goes live only after nesting" : ""
        return "from \(name) an agent can only go to \(list)\(hint)"
    }
}
