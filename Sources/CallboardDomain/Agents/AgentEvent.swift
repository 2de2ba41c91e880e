/// Everything that can happen to an agent's employment (stream `agent-<id>`).
public enum AgentEvent: DomainEvent {
    case hired(AgentHired)
    case statusChanged(AgentStatusChanged)
    case transferred(AgentTransferred)
    case languagesChanged(AgentLanguagesChanged)
    case skillsChanged(AgentSkillsChanged)

    public var payload: any EventPayload {
        switch self {
        case let .hired(payload): payload
        case let .statusChanged(payload): payload
        case let .transferred(payload): payload
        case let .languagesChanged(payload): payload
        case let .skillsChanged(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<AgentEvent>(streamKind: "agent", [
        .init(AgentHired.self, AgentEvent.hired),
        .init(AgentStatusChanged.self, AgentEvent.statusChanged),
        .init(AgentTransferred.self, AgentEvent.transferred),
        .init(AgentLanguagesChanged.self, AgentEvent.languagesChanged),
        .init(AgentSkillsChanged.self, AgentEvent.skillsChanged),
    ])
}
