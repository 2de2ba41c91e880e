/// Everything that can happen to an agent's schedule (stream `schedule-<agentId>`).
public enum ShiftEvent: DomainEvent {
    case planned(ShiftPlanned)
    case cancelled(ShiftCancelled)

    public var payload: any EventPayload {
        switch self {
        case let .planned(payload): payload
        case let .cancelled(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<ShiftEvent>(streamKind: "shift", [
        .init(ShiftPlanned.self, ShiftEvent.planned),
        .init(ShiftCancelled.self, ShiftEvent.cancelled),
    ])
}
