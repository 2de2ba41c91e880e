/// A contact-centre site started operating.
public struct SiteOpened: EventPayload {
    public static let eventType = "SiteOpened"
    public let siteID: SiteID
    public let name: String
    public let country: CountryCode
    public let timeZone: TimeZoneID
    public let seats: Int
    public let languages: [LanguageCode]
    public let holidays: [Holiday]
    /// The longest shift the site allows, in minutes of real elapsed time.
    public let maximumShiftMinutes: Int
    public let openedOn: LocalDate
    public var naturalKey: String { siteID.rawValue }
}

/// The number of workstations at a site changed.
public struct SiteSeatsChanged: EventPayload {
    public static let eventType = "SiteSeatsChanged"
    public let siteID: SiteID
    public let previousSeats: Int
    public let seats: Int
    public let effectiveOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(siteID, seats, effectiveOn) }
}

/// A local public holiday was added to a site's calendar.
public struct SiteHolidayAdded: EventPayload {
    public static let eventType = "SiteHolidayAdded"
    public let siteID: SiteID
    public let holiday: Holiday
    public var naturalKey: String { CallboardDomain.naturalKey(siteID, holiday.date) }
}

/// A site stopped operating; it accepts no more changes.
public struct SiteClosed: EventPayload {
    public static let eventType = "SiteClosed"
    public let siteID: SiteID
    public let closedOn: LocalDate
    public let reason: String
    public var naturalKey: String { siteID.rawValue }
}
