/// Everything that can happen to an account's service-level month (stream
/// `slamonth-<accountId>-<yyyy-mm>`).
public enum SLAMonthEvent: DomainEvent {
    case closed(SLAMonthClosed)

    public var payload: any EventPayload {
        switch self {
        case let .closed(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<SLAMonthEvent>(streamKind: "service-level month", [
        .init(SLAMonthClosed.self, SLAMonthEvent.closed)
    ])
}
