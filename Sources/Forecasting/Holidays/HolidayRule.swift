/// How a public holiday's date (or run of dates) follows from the year.
///
/// Exists so a market's holidays are data, not code: most are a fixed date, an nth weekday or
/// an offset from Easter; the few that follow the lunar, Islamic or Hindu calendars come from
/// a ``HolidayTable`` of announced (or projected) dates.
public enum HolidayRule: Sendable, Hashable {
    /// The same month and day every year (Christmas, 25 December).
    case fixed(month: Int, day: Int)
    /// A fixed date, moved by `shift` days when it falls on a Sunday (Dutch King's Day:
    /// 27 April, or 26 April when the 27th is a Sunday). The move is the holiday itself,
    /// not an observed substitute.
    case fixedMovedOffSunday(month: Int, day: Int, shift: Int)
    /// The `n`th (1-based) weekday of a month; weekday 0 is Monday ... 6 Sunday
    /// (US Thanksgiving: 4th Thursday of November).
    case nthWeekday(n: Int, weekday: Int, month: Int)
    /// The last given weekday of a month (US Memorial Day: last Monday of May).
    case lastWeekday(weekday: Int, month: Int)
    /// Western (Gregorian) Easter Sunday plus `offset` days (Good Friday: -2).
    case easter(offset: Int)
    /// Orthodox Easter Sunday plus `offset` days.
    case orthodoxEaster(offset: Int)
    /// A one-off holiday, held only in its own year (a state funeral, a coronation).
    case once(LocalDate)
    /// Dates with no simple rule, year by year; a year outside the table is unknown.
    case table(HolidayTable)

    /// The rule's dates in `year`: nil when the rule cannot tell (a table without the year).
    func dates(in year: Int) -> [LocalDate]? {
        switch self {
        case let .fixed(month, day):
            return LocalDate(year: year, month: month, day: day).map { [$0] } ?? []
        case let .fixedMovedOffSunday(month, day, shift):
            guard let date = LocalDate(year: year, month: month, day: day) else { return [] }
            return [date.weekdayIndex == 6 ? date.adding(days: shift) : date]
        case let .nthWeekday(n, weekday, month):
            return [LocalDate.nth(n, weekdayIndex: weekday, month: month, year: year)]
        case let .lastWeekday(weekday, month):
            let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
            return [last.adding(days: -(((last.weekdayIndex - weekday) % 7 + 7) % 7))]
        case let .easter(offset):
            return [Easter.western(year).adding(days: offset)]
        case let .orthodoxEaster(offset):
            return [Easter.orthodox(year).adding(days: offset)]
        case let .once(date):
            return date.year == year ? [date] : []
        case let .table(table):
            return table.dates(in: year)
        }
    }
}
