/// The public holidays of one market as a rule table, and the calculation of a year's
/// holidays and observed substitutes from it.
///
/// Exists so each market's holidays are one short, reviewable list of ``HolidayDefinition``s
/// (one file per market under `Markets/`), while the substitute-day logic is written once.
public struct MarketHolidays: Sendable, Hashable {
    public let market: Market
    /// What the table covers and leaves out (regions, ad-hoc days, optional days).
    public let scope: String
    /// The holidays, in precedence order: when two fall on the same day, the later one is the
    /// one that clashes (which matters for Korea's substitute rule).
    public let definitions: [HolidayDefinition]

    public init(market: Market, scope: String, definitions: [HolidayDefinition]) {
        self.market = market
        self.scope = scope
        self.definitions = definitions
    }

    /// Every holiday of the year's rules and their observed substitutes, by date. A substitute
    /// may spill into the adjacent year: only US New Year's Day does, observed on 31 December
    /// of the year before when 1 January is a Saturday.
    /// Throws ``HolidayCalendarError/datesUnknown(market:year:holidays:)`` when a table lacks the year.
    public func holidays(in year: Int) throws(HolidayCalendarError) -> [PublicHoliday] {
        let (holidays, unknown) = knownHolidays(in: year)
        guard unknown.isEmpty else { throw .datesUnknown(market: market, year: year, holidays: unknown) }
        return holidays
    }

    /// The holidays that fall on `day`, or are observed on it. Throws when the year of `day`
    /// is unknown for one of the market's tables.
    public func holidays(on day: LocalDate) throws(HolidayCalendarError) -> [PublicHoliday] {
        var found = try holidays(in: day.year).filter { $0.date == day }
        for neighbour in [day.year - 1, day.year + 1] {
            found += knownHolidays(in: neighbour).holidays.filter { $0.date == day }
        }
        return found
    }

    /// The year's holidays from the definitions that know the year, and the names of those that do not.
    func knownHolidays(in year: Int) -> (holidays: [PublicHoliday], unknown: [String]) {
        var unknown: [String] = []
        var actual: [(date: LocalDate, order: Int)] = []
        for (order, definition) in definitions.enumerated() {
            guard let dates = definition.dates(in: year) else {
                unknown.append(definition.name)
                continue
            }
            actual += dates.map { ($0, order) }
        }
        actual.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        let holidayDates = Set(actual.map(\.date))
        var result = actual.map { PublicHoliday(date: $0.date, name: definitions[$0.order].name) }
        var taken: Set<LocalDate> = []
        for (index, entry) in actual.enumerated() {
            let definition = definitions[entry.order]
            guard year >= definition.substituteFrom else { continue }
            let clashes = actual[..<index].contains { $0.date == entry.date }
            guard let observed = substitute(for: entry.date, clashes: clashes, policy: definition.substitute,
                                            holidays: holidayDates, taken: taken) else { continue }
            taken.insert(observed)
            result.append(PublicHoliday(date: observed, name: definition.name, substituteFor: entry.date))
        }
        result.sort { ($0.date, $0.isObservedSubstitute ? 1 : 0) < ($1.date, $1.isObservedSubstitute ? 1 : 0) }
        return (result, unknown)
    }

    private func substitute(for date: LocalDate, clashes: Bool, policy: SubstitutePolicy,
                            holidays: Set<LocalDate>, taken: Set<LocalDate>) -> LocalDate? {
        switch policy {
        case .none:
            return nil
        case .nearestWeekday:
            switch date.weekdayIndex {
            case 5: return date.adding(days: -1)
            case 6: return date.adding(days: 1)
            default: return nil
            }
        case let .nextFreeWeekday(triggers, onOverlap, shared):
            guard triggers.contains(date.weekdayIndex) || (onOverlap && clashes) else { return nil }
            var candidate = date.adding(days: 1)
            while candidate.weekdayIndex >= 5 || holidays.contains(candidate)
                    || (!shared && taken.contains(candidate)) {
                candidate = candidate.adding(days: 1)
            }
            return candidate
        }
    }
}
