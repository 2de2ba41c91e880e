import Foundation

/// A calendar month on a site's own clock (`2026-11`): scorecards and monthly awards are per
/// site and local month, so a contact at 23:30 in Manila on 31 October belongs to October even
/// though UTC already says November. Encoded as `yyyy-MM`.
public struct LocalMonth: Hashable, Comparable, Sendable, TextCodable,
    ExpressibleByStringLiteral
{
    public let year: Int
    public let month: Int

    /// A month, or nil unless the year is 1-9999 and the month 1-12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `yyyy-MM`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    /// The month `date` falls in.
    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
    }

    /// The month `instant` falls in on `zone`'s clock: the helper callers bucket facts with.
    public init(containing instant: Date, in zone: TimeZone) {
        self.init(LocalDateTime(instant, in: zone).date)
    }

    /// The month `instant` falls in on the clock of the site timezone `zone`; nil when the
    /// timezone is unknown.
    public init?(containing instant: Date, in zone: TimeZoneID) {
        guard let clock = zone.timeZone else { return nil }
        self.init(containing: instant, in: clock)
    }

    public init(stringLiteral value: String) {
        guard let month = LocalMonth(parsing: value) else { preconditionFailure("not a yyyy-MM month: \(value)") }
        self = month
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(daysSinceEpoch: Self.firstDaySinceEpoch(year, month)) }

    /// The last day of the month.
    public var lastDay: LocalDate { next.firstDay.adding(days: -1) }

    /// The month after this one.
    public var next: LocalMonth {
        LocalMonth(LocalDate(daysSinceEpoch: Self.firstDaySinceEpoch(year, month) + 31))
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

    public var description: String { "\(LocalDate.padded(year, 4))-\(LocalDate.padded(month, 2))" }

    public static func < (lhs: LocalMonth, rhs: LocalMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    public static let textFormat = "a yyyy-MM month"

    private static func firstDaySinceEpoch(_ year: Int, _ month: Int) -> Int {
        guard let first = LocalDate(year: year, month: month, day: 1) else {
            preconditionFailure("LocalMonth holds a valid month")
        }
        return first.daysSinceEpoch
    }
}
