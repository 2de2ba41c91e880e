/// A team lead or HR opened a disciplinary case against an agent (a policy breach, a
/// complaint under investigation): while a case is open the agent cannot win a monthly award.
/// Days are local days on the agent's site's clock.
public struct DisciplinaryCaseOpened: EventPayload {
    public static let eventType = "DisciplinaryCaseOpened"
    public let agentID: AgentID
    /// The case's reference in the HR system, unique per agent.
    public let caseID: String
    public let openedOn: LocalDate
    public let reason: String
    public let openedBy: String
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, caseID) }
}

/// A disciplinary case was closed (upheld, dismissed...). The agent stays flagged for every
/// month the case was open in, including the month of `closedOn`.
public struct DisciplinaryCaseClosed: EventPayload {
    public static let eventType = "DisciplinaryCaseClosed"
    public let agentID: AgentID
    public let caseID: String
    public let closedOn: LocalDate
    public let outcome: String
    public let closedBy: String
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, caseID) }
}

extension DisciplinaryCaseOpened {
    /// Whether a case opened on `openedOn` and closed on `closedOn` (nil while open) was open
    /// on any day from `first` through `last`: the months an agent is flagged in.
    public static func wasOpen(openedOn: LocalDate, closedOn: LocalDate?, from first: LocalDate,
                               through last: LocalDate) -> Bool {
        openedOn <= last && (closedOn.map { $0 >= first } ?? true)
    }
}
