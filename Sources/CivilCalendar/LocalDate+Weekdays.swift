extension LocalDate {
    /// The day of the week.
    public var weekday: Weekday { Weekday.allCases[weekdayIndex] }

    /// ISO weekday index: 0 Monday ... 6 Sunday (1970-01-01 was a Thursday).
    public var weekdayIndex: Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 }

    /// Weeks since the epoch's week (weeks start on Monday): days in the same
    /// Monday-to-Sunday week share it.
    public var weekNumber: Int {
        let shifted = daysSinceEpoch + 3
        return shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
    }

    /// The `ordinal`-th given weekday (0 Monday ... 6 Sunday) of a month: 4 is the fourth
    /// (Thanksgiving), a negative ordinal counts from the end (-1 the last Monday of May).
    public static func nth(_ ordinal: Int, weekdayIndex: Int, month: Int, year: Int) -> LocalDate {
        let first = LocalDate(daysSinceEpoch: days(year: year, month: month, day: 1))
        if ordinal > 0 {
            let shift = ((weekdayIndex - first.weekdayIndex) % 7 + 7) % 7
            return first.adding(days: shift + 7 * (ordinal - 1))
        }
        let last = first.adding(days: daysIn(month: month, year: year) - 1)
        let back = ((last.weekdayIndex - weekdayIndex) % 7 + 7) % 7
        return last.adding(days: -back + 7 * (ordinal + 1))
    }
}
