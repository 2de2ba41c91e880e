/// Everything that can happen to a site (stream `site-<id>`).
public enum SiteEvent: DomainEvent {
    case opened(SiteOpened)
    case seatsChanged(SiteSeatsChanged)
    case holidayAdded(SiteHolidayAdded)
    case closed(SiteClosed)

    public var payload: any EventPayload {
        switch self {
        case let .opened(payload): payload
        case let .seatsChanged(payload): payload
        case let .holidayAdded(payload): payload
        case let .closed(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<SiteEvent>(streamKind: "site", [
        .init(SiteOpened.self, SiteEvent.opened),
        .init(SiteSeatsChanged.self, SiteEvent.seatsChanged),
        .init(SiteHolidayAdded.self, SiteEvent.holidayAdded),
        .init(SiteClosed.self, SiteEvent.closed),
    ])
}
