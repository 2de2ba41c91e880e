/// A day on a site's or a market's wall calendar (`2026-11-27`), with no timezone: hire dates,
/// holidays, the day a shift is planned on, the days the forecaster and the demo generator
/// reason in.
///
/// The one civil-date type of Callboard (it replaced the domain's `LocalDate`, the
/// forecaster's `CalendarDay` and the demo world's `CivilDate`). Kept as days since 1970-01-01
/// (proleptic Gregorian) so day arithmetic is integer maths that never depends on the
/// machine's calendar or timezone and stays cheap in hot loops; year, month and day are
/// derived (Howard Hinnant's civil-date algorithms). Encoded as `yyyy-MM-dd`.
public struct LocalDate: Hashable, Comparable, Strideable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    /// The day `days` after 1970-01-01 (negative: before).
    public init(daysSinceEpoch days: Int) { daysSinceEpoch = days }

    /// A date, or nil when the day does not exist (e.g. 2026-02-29) or the year is outside 1-9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        daysSinceEpoch = Self.days(year: year, month: month, day: day)
    }

    /// Parses `yyyy-MM-dd`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(stringLiteral value: String) {
        guard let date = LocalDate(parsing: value) else { preconditionFailure("not a yyyy-MM-dd date: \(value)") }
        self = date
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
    public var month: Int { components.month }
    public var day: Int { components.day }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    public func distance(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }
    public func advanced(by n: Int) -> LocalDate { adding(days: n) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// `yyyy-MM-dd` (a day after 9999-12-31, which day arithmetic can reach, with a five-digit year).
    public var description: String {
        let (y, m, d) = components
        return "\(Self.padded(y, 4))-\(Self.padded(m, 2))-\(Self.padded(d, 2))"
    }

    /// Days since 1970-01-01 of a valid year, month and day (Howard Hinnant's days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The number of days in `month` of `year` (28 to 31).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `number` in decimal, zero-padded on the left to `width` digits: how dates, months and
    /// wall-clock times are written (`2026-03-08`, `07:05`).
    public static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
