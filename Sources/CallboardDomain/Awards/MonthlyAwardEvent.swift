/// Everything that can happen to a site's monthly award (stream `award-<siteId>-<yyyy-mm>`).
public enum MonthlyAwardEvent: DomainEvent {
    case granted(AwardGranted)

    public var payload: any EventPayload {
        switch self {
        case let .granted(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<MonthlyAwardEvent>(streamKind: "monthly award", [
        .init(AwardGranted.self, MonthlyAwardEvent.granted)
    ])
}
