/// A calendar date on no particular clock, counted in days since 1970-01-01.
///
/// The generator walks millions of intervals; doing calendar arithmetic with plain integers
/// (Howard Hinnant's civil-date algorithms) keeps Foundation's `Calendar` out of hot loops.
struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    let daysSinceEpoch: Int

    init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    init(_ year: Int, _ month: Int, _ day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    /// The UTC date of an instant given in seconds since the epoch (or of a local wall-clock
    /// reading expressed the same way).
    init(containing seconds: Int) {
        daysSinceEpoch = seconds.floorDivided(by: 86_400)
    }

    var year: Int { parts.year }
    var month: Int { parts.month }
    var day: Int { parts.day }

    var parts: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Monday 0 ... Sunday 6 (1970-01-01 was a Thursday).
    var weekday: Int { (daysSinceEpoch + 3).floorModulo(7) }

    /// Seconds since the epoch at this date's midnight on a clock read as UTC.
    var midnightSeconds: Int { daysSinceEpoch * 86_400 }

    func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The first day of the month `months` after this date's month.
    func firstOfMonth(addingMonths months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        return CivilDate(index.floorDivided(by: 12), index.floorModulo(12) + 1, 1)
    }

    /// The `ordinal`-th `weekday` (Monday 0) of a month; a negative ordinal counts from the end.
    static func nth(_ ordinal: Int, weekday: Int, of month: Int, in year: Int) -> CivilDate {
        if ordinal > 0 {
            let first = CivilDate(year, month, 1)
            return first.adding(days: (weekday - first.weekday).floorModulo(7) + 7 * (ordinal - 1))
        }
        let last = CivilDate(year, month, 1).firstOfMonth(addingMonths: 1).adding(days: -1)
        return last.adding(days: -(last.weekday - weekday).floorModulo(7) + 7 * (ordinal + 1))
    }

    /// `YYYY-MM-DD`.
    var description: String {
        let (y, m, d) = parts
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}

/// Floor division for calendar arithmetic: instants before 1970 and clocks west of UTC
/// give negative numbers, which must still land on the right day.
extension Int {
    /// Division rounding toward minus infinity (times before 1970 and negative offsets).
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivided(by:)`: always in 0..<divisor.
    func floorModulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
