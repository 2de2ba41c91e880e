/// A calendar month on some local clock (`2026-11`): scorecards and monthly awards are per
/// site and local month, and monthly service-level reports per account month, so a contact at
/// 23:30 in Manila on 31 October belongs to October even though UTC already says November.
///
/// The one month type of Callboard (it replaced the service-level reports' `CalendarMonth`).
/// Reading an instant on a clock is the domain's business (`LocalMonth(containing:in:)` there);
/// this is the calendar part. Encoded as `yyyy-MM`.
public struct LocalMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
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

    /// The month `date` falls in. (Labelled, so `LocalMonth(containing: "2026-12-07")` reads the
    /// literal as a date, where an unlabelled `LocalMonth("2026-12-07")` would be a month literal.)
    public init(containing date: LocalDate) {
        (year, month, _) = date.components
    }

    public init(stringLiteral value: String) {
        guard let month = LocalMonth(parsing: value) else { preconditionFailure("not a yyyy-MM month: \(value)") }
        self = month
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(daysSinceEpoch: LocalDate.days(year: year, month: month, day: 1)) }

    /// The last day of the month.
    public var lastDay: LocalDate { firstDay.adding(days: LocalDate.daysIn(month: month, year: year) - 1) }

    /// The month after this one.
    public var next: LocalMonth { LocalMonth(containing: lastDay.adding(days: 1)) }

    /// The month before this one.
    public var previous: LocalMonth { LocalMonth(containing: firstDay.adding(days: -1)) }

    /// The days of the month, first to last.
    public var days: ClosedRange<LocalDate> { firstDay...lastDay }

    public var description: String { "\(LocalDate.padded(year, 4))-\(LocalDate.padded(month, 2))" }

    public static func < (lhs: LocalMonth, rhs: LocalMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// The expected text form, for decoding and parsing errors.
    public static let textFormat = "a yyyy-MM month"

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = LocalMonth(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(Self.textFormat): \(text)"))
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
