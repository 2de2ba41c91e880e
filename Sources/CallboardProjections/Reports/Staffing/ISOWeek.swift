import CallboardDomain

/// An ISO 8601 week such as `2026-W48`: Monday to Sunday, week 1 being the week that holds
/// the year's first Thursday. Site directors plan staffing by these weeks.
public struct ISOWeek: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// Parses `YYYY-Www`; nil when the text is not one or the year has no such week.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              parts[1].count == 3, parts[1].first == "W", let week = Int(parts[1].dropFirst()),
              (1...9999).contains(year), week >= 1, week <= Self.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The ISO week `date` falls in (the week of its Thursday decides the year).
    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday.isoNumber)
        year = thursday.year
        week = (thursday.daysSinceEpoch - Self.firstMonday(of: thursday.year).daysSinceEpoch) / 7 + 1
    }

    /// The week's Monday.
    public var monday: LocalDate { Self.firstMonday(of: year).adding(days: 7 * (week - 1)) }

    /// Monday to Sunday.
    public var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }

    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    /// The Monday of week 1: the Monday on or before 4 January.
    private static func firstMonday(of year: Int) -> LocalDate {
        let fourth = LocalDate(year: year, month: 1, day: 4) ?? LocalDate(daysSinceEpoch: 0)
        return fourth.adding(days: 1 - fourth.weekday.isoNumber)
    }

    /// 52 or 53.
    private static func weeks(in year: Int) -> Int {
        (firstMonday(of: year + 1).daysSinceEpoch - firstMonday(of: year).daysSinceEpoch) / 7
    }
}
