/// A recurring day (or run of days) on which contact volume departs from the normal weekly
/// pattern: the peak season of e-commerce support.
///
/// Exists so that forecasts align days by their distance to the event, not by date: Black
/// Friday 2026 is compared with Black Friday 2025 (a different date), not with 2025-11-27.
/// Declaration order is also precedence: when two events' windows reach the same day at
/// the same distance, the earlier case names the day.
public enum PeakEvent: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    /// The day after US Thanksgiving (fourth Thursday of November + 1).
    case blackFriday
    /// Black Friday + 3 days.
    case cyberMonday
    /// 25 December.
    case christmas
    /// 26 December (a sales day in Great Britain and other Commonwealth markets).
    case boxingDay
    /// 10 to 23 December: last orders before Christmas, delivery chasers.
    case christmasRunUp
    /// Amazon Prime Day in July; dates vary each year, so they come from the calendar.
    case primeDay
    /// Singles' Day, 11 November.
    case singlesDay
    /// El Buen Fin, Mexico's national sales weekend: the Friday through Monday of the long
    /// weekend of Revolution Day (observed on the third Monday of November). Its days fall a
    /// week or more before Black Friday, so without it they were normal days (or flagged
    /// spikes) and the run's Friday and Saturday were forecast as ordinary.
    case elBuenFin

    /// The event's days in `year` when they follow a fixed rule; nil for Prime Day, whose
    /// dates Amazon announces each year (see ``SpecialDayCalendar/primeDays``).
    public func ruleDays(in year: Int) -> ClosedRange<LocalDate>? {
        func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
        switch self {
        case .blackFriday:
            let friday = Self.thanksgiving(year).adding(days: 1)
            return friday...friday
        case .cyberMonday:
            let monday = Self.thanksgiving(year).adding(days: 4)
            return monday...monday
        case .christmas: return day(12, 25)...day(12, 25)
        case .boxingDay: return day(12, 26)...day(12, 26)
        case .christmasRunUp: return day(12, 10)...day(12, 23)
        case .singlesDay: return day(11, 11)...day(11, 11)
        case .elBuenFin:
            let monday = LocalDate.nth(3, weekdayIndex: 0, month: 11, year: year)
            return monday.adding(days: -3)...monday
        case .primeDay: return nil
        }
    }

    /// US Thanksgiving: the fourth Thursday of November.
    static func thanksgiving(_ year: Int) -> LocalDate {
        LocalDate.nth(4, weekdayIndex: 3, month: 11, year: year)
    }

    var precedence: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: PeakEvent, rhs: PeakEvent) -> Bool { lhs.precedence < rhs.precedence }
}
