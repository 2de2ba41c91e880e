/// A day on a market's wall calendar (`2026-11-27`), with no timezone: the unit in which
/// daily volume, weekdays and peak events are reasoned about.
///
/// Exists so the forecaster can do day arithmetic (distance to Black Friday, same weekday
/// last week) in pure integer maths, never depending on the machine's calendar or timezone.
/// Stored as days since 1970-01-01 (proleptic Gregorian); encoded as `yyyy-MM-dd`.
public struct CalendarDay: Hashable, Comparable, Strideable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// A day, or nil when it does not exist (e.g. 2026-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        daysSinceEpoch = era * 146_097 + doe - 719_468
    }

    /// Parses `yyyy-MM-dd`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(stringLiteral value: String) {
        guard let day = CalendarDay(parsing: value) else { preconditionFailure("not a yyyy-MM-dd day: \(value)") }
        self = day
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a yyyy-MM-dd day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Year, month and day of month (Howard Hinnant's civil_from_days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }

    /// ISO weekday index: 0 Monday ... 6 Sunday.
    public var weekdayIndex: Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 }

    /// ISO week number since the epoch's week (weeks start on Monday): days in the same
    /// Monday-to-Sunday week share it.
    var weekNumber: Int {
        let shifted = daysSinceEpoch + 3
        return shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    public func distance(to other: CalendarDay) -> Int { other.daysSinceEpoch - daysSinceEpoch }
    public func advanced(by n: Int) -> CalendarDay { adding(days: n) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    public var description: String {
        let (y, m, d) = components
        return "\(Self.padded(y, 4))-\(Self.padded(m, 2))-\(Self.padded(d, 2))"
    }

    /// The `n`th (1-based) given weekday (0 Monday ... 6 Sunday) of a month.
    static func nth(_ n: Int, weekdayIndex: Int, month: Int, year: Int) -> CalendarDay {
        let first = CalendarDay(year: year, month: month, day: 1)!
        let shift = ((weekdayIndex - first.weekdayIndex) % 7 + 7) % 7
        return first.adding(days: shift + 7 * (n - 1))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
