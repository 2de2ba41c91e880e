import CivilCalendar

/// The generator's shortcuts over `LocalDate`: it walks millions of intervals as seconds since
/// the epoch on a wall clock read as UTC (a site's local clock, offsets applied separately),
/// so it needs a date from such seconds and back, and dates written as plain numbers in its
/// catalog. These stay here: the rest of Callboard ties dates to real clocks through the domain.
extension LocalDate {
    /// A date the catalog writes as numbers (`LocalDate(2019, 4, 15)`); the numbers are
    /// constants of the generator, so an impossible date is a programming error.
    init(_ year: Int, _ month: Int, _ day: Int) {
        guard let date = LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("not a calendar date: \(year)-\(month)-\(day)")
        }
        self = date
    }

    /// The date of an instant given in seconds since the epoch (or of a local wall-clock
    /// reading expressed the same way).
    init(containing seconds: Int) {
        self.init(daysSinceEpoch: seconds.floorDivided(by: 86_400))
    }

    /// Seconds since the epoch at this date's midnight on a clock read as UTC.
    var midnightSeconds: Int { daysSinceEpoch * 86_400 }

    /// The first day of the month `months` after this date's month.
    func firstOfMonth(addingMonths months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        return LocalDate(index.floorDivided(by: 12), index.floorModulo(12) + 1, 1)
    }
}
