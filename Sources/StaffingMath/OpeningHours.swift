/// When a team works deferred contacts (email, messages, back-office cases).
///
/// Exists because a 24-hour response promise means different staffing on a 24/7 clock
/// and on a business-hours clock: the same work must fit in fewer open hours.
/// For windows that are not whole weeks the open share is an average (hours per day / 24
/// x days per week / 7), i.e. the open time a window contains on average.
public struct OpeningHours: Sendable, Hashable {
    /// Open around the clock.
    public static let twentyFourSeven = OpeningHours(uncheckedHoursPerDay: 24, daysPerWeek: 7)

    /// Hours open on an open day, in (0, 24].
    public let hoursPerDay: Double
    /// Open days per week, in (0, 7].
    public let daysPerWeek: Double

    /// A business-hours clock, e.g. 8 hours a day, 5 days a week.
    public init(hoursPerDay: Double, daysPerWeek: Double) throws(StaffingInputError) {
        guard hoursPerDay > 0, hoursPerDay <= 24 else { throw .openHoursPerDayOutOfRange(hoursPerDay) }
        guard daysPerWeek > 0, daysPerWeek <= 7 else { throw .openDaysPerWeekOutOfRange(daysPerWeek) }
        self.init(uncheckedHoursPerDay: hoursPerDay, daysPerWeek: daysPerWeek)
    }

    private init(uncheckedHoursPerDay: Double, daysPerWeek: Double) {
        hoursPerDay = uncheckedHoursPerDay
        self.daysPerWeek = daysPerWeek
    }

    /// Share of calendar time that is open, in (0, 1].
    public var openShare: Double { hoursPerDay / 24 * daysPerWeek / 7 }

    /// Open seconds contained, on average, in a calendar window of `seconds`.
    public func openSeconds(inWindowOf seconds: Double) -> Double { seconds * openShare }
}
