/// Why a holiday question cannot be answered: the market has no holiday table, or a holiday
/// of the market has no known date in the year asked.
///
/// Exists so "unknown" is never read as "no holiday": a forecast for 2036 in Malaysia must
/// say that Hari Raya's date is not in the table, not forecast a normal day.
public enum HolidayCalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    case marketNotCovered(Market)
    case datesUnknown(market: Market, year: Int, holidays: [String])

    public var description: String {
        switch self {
        case let .marketNotCovered(market):
            "no public holiday rules for market \(market)"
        case let .datesUnknown(market, year, holidays):
            "public holidays of \(market) in \(year) are unknown: no dates for \(holidays.joined(separator: ", "))"
        }
    }
}
