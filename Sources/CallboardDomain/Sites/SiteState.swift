import Foundation

/// What decisions need to know about a site: its clock, capacity, languages, calendar,
/// shift limit, and whether it still operates. Other streams' decisions receive it as context
/// (an agent can only be hired at an open site; shifts are planned on the site's clock).
public struct SiteState: Sendable, Equatable {
    public let id: SiteID
    public let name: String
    public let country: CountryCode
    public let timeZoneID: TimeZoneID
    public internal(set) var seats: Int
    public let languages: [LanguageCode]
    /// The site's local holidays, by date.
    public internal(set) var holidays: [LocalDate: String]
    public let maximumShiftMinutes: Int
    public internal(set) var isClosed: Bool

    init(_ opened: SiteOpened) {
        id = opened.siteID
        name = opened.name
        country = opened.country
        timeZoneID = opened.timeZone
        seats = opened.seats
        languages = opened.languages
        holidays = Dictionary(opened.holidays.map { ($0.date, $0.name) }, uniquingKeysWith: { first, _ in first })
        maximumShiftMinutes = opened.maximumShiftMinutes
        isClosed = false
    }

    /// The site's clock. Checked when the site opened, so nil only if the timezone database lost it.
    public var timeZone: TimeZone? { timeZoneID.timeZone }
}
