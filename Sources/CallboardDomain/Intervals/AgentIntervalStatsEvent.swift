/// Everything recorded about an agent's interval figures (stream `agentstats-<agentId>-<yyyy-mm>`).
public enum AgentIntervalStatsEvent: DomainEvent {
    case reported(AgentIntervalStatsReported)
    case corrected(AgentIntervalStatsCorrected)

    public var payload: any EventPayload {
        switch self {
        case let .reported(payload): payload
        case let .corrected(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<AgentIntervalStatsEvent>(streamKind: "agent interval", [
        .init(AgentIntervalStatsReported.self, AgentIntervalStatsEvent.reported),
        .init(AgentIntervalStatsCorrected.self, AgentIntervalStatsEvent.corrected),
    ])
}
