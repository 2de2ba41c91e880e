import CallboardDomain

/// A calendar month such as `2026-11`, read on whichever clock the report uses.
public struct CalendarMonth: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Parses `YYYY-MM`.
    public init?(parsing text: String) {
        guard text.count == 7, let first = LocalDate(parsing: text + "-01") else { return nil }
        year = first.year
        month = first.month
    }

    /// The month `date` falls in.
    public init(containing date: LocalDate) {
        year = date.year
        month = date.month
    }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1) ?? LocalDate(daysSinceEpoch: 0) }

    /// The first day of the next month.
    public var nextFirstDay: LocalDate {
        LocalDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) ?? firstDay
    }

    public var description: String { String(firstDay.description.prefix(7)) }
}
