/// The quality facts already recorded for an agent, by natural key, so a re-import records
/// nothing and a conflicting one is caught.
public struct AgentQualityState: Sendable, Equatable {
    public internal(set) var recorded: [String: AgentQualityEvent] = [:]

    public init() {}

    static func key(of event: AgentQualityEvent) -> String { "\(event.eventType)|\(event.payload.naturalKey)" }
}

extension AgentQualityState {
    /// The opening of disciplinary case `caseID`, if it was opened.
    public func disciplinaryCase(_ caseID: String) -> DisciplinaryCaseOpened? {
        recorded.values.lazy.compactMap { event -> DisciplinaryCaseOpened? in
            if case let .disciplinaryCaseOpened(opened) = event, opened.caseID == caseID { return opened }
            return nil
        }.first
    }
}
