import CivilCalendar
import Foundation

/// A site's wall clock over the world's span: its timezone for planning (DST rule) and the
/// offset timeline for turning local times of past work into instants quickly.
struct SiteClock: Sendable {
    let zone: TimeZone
    let offsets: OffsetTimeline

    init(site: SiteProfile, window: HistoryWindow) {
        zone = TimeZone(identifier: site.timeZoneID) ?? TimeZone(secondsFromGMT: 0)!
        offsets = OffsetTimeline(zone: zone, from: window.start - 86_400,
                                 to: window.now + (window.shiftDays + 2) * 86_400)
    }

    /// The site's local date at `seconds` since the epoch.
    func localDate(at seconds: Int) -> LocalDate {
        LocalDate(containing: seconds + offsets.offset(at: seconds))
    }

    /// Clocks for every site, by site id.
    static func all(window: HistoryWindow) -> [String: SiteClock] {
        Dictionary(uniqueKeysWithValues: SiteProfile.all.map { ($0.id, SiteClock(site: $0, window: window)) })
    }
}
