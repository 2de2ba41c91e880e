/// Everything recorded about a queue's contact intervals (stream `intervals-<queueId>-<yyyy-mm>`).
public enum ContactIntervalEvent: DomainEvent {
    case reported(IntervalReported)
    case corrected(IntervalCorrected)

    public var payload: any EventPayload {
        switch self {
        case let .reported(payload): payload
        case let .corrected(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<ContactIntervalEvent>(streamKind: "contact interval", [
        .init(IntervalReported.self, ContactIntervalEvent.reported),
        .init(IntervalCorrected.self, ContactIntervalEvent.corrected),
    ])
}
