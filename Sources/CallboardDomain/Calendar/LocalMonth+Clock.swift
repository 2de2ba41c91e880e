import Foundation

extension LocalMonth {
    /// The month `instant` falls in on `zone`'s clock: the helper callers bucket facts with.
    public init(containing instant: Date, in zone: TimeZone) {
        self.init(containing: LocalDateTime(instant, in: zone).date)
    }

    /// The month `instant` falls in on the clock of the site timezone `zone`; nil when the
    /// timezone is unknown.
    public init?(containing instant: Date, in zone: TimeZoneID) {
        guard let clock = zone.timeZone else { return nil }
        self.init(containing: instant, in: clock)
    }

    /// The real time the month spans on `zone`'s clock, from its first local midnight to the
    /// next month's, across any DST change in between.
    public func instants(in zone: TimeZone) -> Range<Date> {
        firstDay.start(in: zone)..<next.firstDay.start(in: zone)
    }

    /// Whether `instant` falls in this month on `zone`'s clock.
    public func contains(_ instant: Date, in zone: TimeZone) -> Bool {
        LocalMonth(containing: instant, in: zone) == self
    }
}
