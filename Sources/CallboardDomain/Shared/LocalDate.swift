/// A calendar day as people at a site or in a market say it (`2026-10-24`), with no timezone:
/// hire dates, holidays, the day a shift is planned on.
///
/// Day arithmetic uses the proleptic Gregorian calendar in pure integer maths, so it never
/// depends on the machine's calendar or timezone. Encoded as `yyyy-MM-dd`.
public struct LocalDate: Hashable, Comparable, Sendable, TextCodable,
    ExpressibleByStringLiteral
{
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or nil when the day does not exist (e.g. 2026-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-MM-dd`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `days` after 1970-01-01 (negative: before).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public init(stringLiteral value: String) {
        guard let date = LocalDate(parsing: value) else { preconditionFailure("not a yyyy-MM-dd date: \(value)") }
        self = date
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    public var weekday: Weekday { Weekday.allCases[((daysSinceEpoch + 3) % 7 + 7) % 7] }

    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    public static let textFormat = "a yyyy-MM-dd date"

    /// Decodes a stored date: `yyyy-MM-dd`, and also a day after 9999-12-31 written with a
    /// five-digit year. Day arithmetic reaches those (an overnight shift on 9999-12-31 ends
    /// on `10000-01-01`) and versions before the input limits stored them; decoding them
    /// keeps such a stream loadable, so the fact can be corrected (the shift cancelled).
    /// Parsing input (`init(parsing:)`) still refuses them, and read models quarantine them.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let date = LocalDate(parsing: text) ?? LocalDate(storedBeyondYear9999: text) {
            self = date
            return
        }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(Self.textFormat): \(text)"))
    }

    /// `10000-01-01` to `99999-12-31`, as `description` writes days past 9999-12-31.
    private init?(storedBeyondYear9999 text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 5, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (10_000...99_999).contains(y),
              (1...12).contains(m), (1...Self.daysIn(month: m, year: y)).contains(d) else { return nil }
        year = y
        month = m
        day = d
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
