/// The quality facts already recorded for an agent, by natural key, so a re-import records
/// nothing and a conflicting one is caught.
public struct AgentQualityState: Sendable, Equatable {
    public internal(set) var recorded: [String: AgentQualityEvent] = [:]

    public init() {}

    static func key(of event: AgentQualityEvent) -> String { "\(event.eventType)|\(event.payload.naturalKey)" }
}
