/// Why a quality fact was refused, in a sentence a site director understands.
public enum AgentQualityRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    /// The same fact (same natural key) was already recorded with different details.
    case conflictsWithRecorded(eventType: String, naturalKey: String)
    case caseNotOpened(AgentID, caseID: String)
    case closedBeforeOpened(AgentID, caseID: String, openedOn: LocalDate)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .conflictsWithRecorded(type, key):
            "A \(type) for \(key.replacingOccurrences(of: "|", with: ", ")) is already recorded with "
                + "different details; facts are not overwritten."
        case let .caseNotOpened(agent, caseID):
            "No disciplinary case \(caseID) has been opened for agent \(agent)."
        case let .closedBeforeOpened(agent, caseID, openedOn):
            "Disciplinary case \(caseID) of agent \(agent) was opened on \(openedOn); it cannot close before that "
                + "(field closedOn)."
        }
    }
}
