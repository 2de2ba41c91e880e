/// The unit the season is allocated in: minutes of work per week, at the pace of one day.
///
/// Exists because a daily head count on a roster (``RosterRule``) is a number of people each
/// working `shiftHours` on `workDaysPerWeek` days: one person is one contract week
/// (2,400 minutes for 8 hours x 5 days), a queue needing 12 people needs 12 contract weeks,
/// and a multi-skilled agent's week can be split (3 days on one queue, 2 on another) in whole
/// minutes. Overtime is added in the same unit (minutes per week).
public struct PlanUnits: Sendable, Hashable {
    public let rule: RosterRule

    public init(rule: RosterRule = .standard) { self.rule = rule }

    /// One person on the roster.
    public var perAgent: Int { Int((rule.shiftHours * 60 * rule.workDaysPerWeek).rounded()) }

    /// `headcount` people in units.
    public func units(agents headcount: Int) -> Int { headcount * perAgent }

    /// `units` as people (fractional where an agent is split).
    public func agents(_ units: Int) -> Double { Double(units) / Double(perAgent) }

    /// Weekly overtime of `hours` per agent in units.
    public func units(overtimeHours hours: Double) -> Int { Int((hours * 60).rounded()) }

    /// Units of one day's allocation as hours worked that day (a week's minutes over 7 days).
    public func hoursOnTheDay(_ units: Int) -> Double { Double(units) / 7 / 60 }
}
