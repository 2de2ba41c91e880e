/// What a site director or an import asks to happen to a site.
public enum SiteCommand: Sendable, Equatable {
    case open(OpenSite)
    case changeSeats(site: SiteID, seats: Int, effectiveOn: LocalDate)
    case addHoliday(site: SiteID, holiday: Holiday)
    case close(site: SiteID, closedOn: LocalDate, reason: String)

    public var siteID: SiteID {
        switch self {
        case let .open(command): command.siteID
        case let .changeSeats(site, _, _), let .addHoliday(site, _), let .close(site, _, _): site
        }
    }
}

/// The request to open a site, with everything a site is defined by.
public struct OpenSite: Sendable, Equatable {
    /// Sites allow shifts of up to 10 hours unless they say otherwise.
    public static let defaultMaximumShiftMinutes = 10 * 60

    public var siteID: SiteID
    public var name: String
    public var country: CountryCode
    public var timeZone: TimeZoneID
    public var seats: Int
    public var languages: [LanguageCode]
    public var holidays: [Holiday]
    public var maximumShiftMinutes: Int
    public var openedOn: LocalDate

    public init(
        siteID: SiteID, name: String, country: CountryCode, timeZone: TimeZoneID, seats: Int,
        languages: [LanguageCode], holidays: [Holiday] = [],
        maximumShiftMinutes: Int = OpenSite.defaultMaximumShiftMinutes, openedOn: LocalDate
    ) {
        self.siteID = siteID
        self.name = name
        self.country = country
        self.timeZone = timeZone
        self.seats = seats
        self.languages = languages
        self.holidays = holidays
        self.maximumShiftMinutes = maximumShiftMinutes
        self.openedOn = openedOn
    }
}
