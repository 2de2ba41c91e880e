import CallboardDomain
import DomainEventCoding
import EventStore

/// What one batch of site events changes, folded in log order into one change per site
/// and attribute (the roster keeps a site's current facts, not its history).
struct SiteChanges {
    private(set) var openings: [SiteOpened] = []
    /// The seats each site ends the batch with, where they changed.
    private(set) var seats: [SiteID: Int] = [:]
    private(set) var closures: [SiteID: LocalDate] = [:]

    /// The stored type names this fold reads (holidays are not part of the roster).
    static let eventTypes: Set<String> = [SiteOpened.eventType, SiteSeatsChanged.eventType, SiteClosed.eventType]

    mutating func record(_ event: RecordedEvent) throws {
        switch try event.domainEvent(as: SiteEvent.self) {
        case let .opened(opening): openings.append(opening)
        case let .seatsChanged(change): seats[change.siteID] = change.seats
        case let .closed(closure): closures[closure.siteID] = closure.closedOn
        case .holidayAdded: break
        }
    }
}
