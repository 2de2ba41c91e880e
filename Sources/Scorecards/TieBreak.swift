import CallboardDomain

/// The stated, deterministic rule for equal scores (compared at hundredths of a point): the
/// higher QA average goes first, then the agent who handled more contacts, then the agent id
/// in alphabetical order, which always decides.
public enum TieBreakRule: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case higherQAAverage
    case moreContactsHandled
    case agentID

    public var description: String {
        switch self {
        case .higherQAAverage: "higher QA average"
        case .moreContactsHandled: "more contacts handled"
        case .agentID: "agent id in alphabetical order"
        }
    }

    /// Whether `first` goes ahead of `second` by this rule; nil when the rule sees them equal.
    func ranksAhead(_ first: StandingEntry, of second: StandingEntry) -> Bool? {
        switch self {
        case .higherQAAverage:
            let a = first.qaAverage ?? -1, b = second.qaAverage ?? -1
            return a == b ? nil : a > b
        case .moreContactsHandled:
            let a = first.contactsHandled, b = second.contactsHandled
            return a == b ? nil : a > b
        case .agentID:
            return first.agentID == second.agentID ? nil : first.agentID < second.agentID
        }
    }

    /// The standings order: higher score first, then the rules in turn. Returns whether
    /// `first` goes ahead and which rule decided (nil when the score did).
    static func order(_ first: StandingEntry, _ second: StandingEntry) -> (ahead: Bool, decidedBy: TieBreakRule?) {
        guard first.score == second.score else { return (first.score > second.score, nil) }
        for rule in allCases {
            if let ahead = rule.ranksAhead(first, of: second) { return (ahead, rule) }
        }
        return (false, nil)
    }
}

/// Two agents with equal scores, and the rule that put one ahead, shown with the standings.
public struct TieBreak: Hashable, Sendable, CustomStringConvertible {
    public let ahead: AgentID
    public let behind: AgentID
    public let score: Double
    public let decidedBy: TieBreakRule

    public var description: String {
        "\(ahead) and \(behind) both scored \(score); \(ahead) ranks ahead on \(decidedBy)."
    }
}
