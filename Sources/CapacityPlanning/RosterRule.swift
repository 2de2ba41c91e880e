/// How many people a day's requirement means on a roster: each agent works one shift of
/// `shiftHours` on `workDaysPerWeek` days a week.
///
/// Exists because "10 agents at 11:00" and "240 agent-hours" are not head counts: a queue
/// needs enough people for its busiest interval and for all its hours, and each person is
/// off two days in seven. Head count = ceil(max(busiest interval, hours / shift) x 7 / work days).
/// Defaults: 8-hour shifts, 5 days a week (the BPO's standard contract).
public struct RosterRule: Sendable, Hashable, Codable {
    public let shiftHours: Double
    public let workDaysPerWeek: Double

    public static let standard = RosterRule(shiftHours: 8, workDaysPerWeek: 5)

    public init(shiftHours: Double, workDaysPerWeek: Double) {
        self.shiftHours = shiftHours
        self.workDaysPerWeek = workDaysPerWeek
    }

    /// People needed on the roster for a day with `peak` agents at its busiest interval and
    /// `hours` scheduled agent-hours.
    public func headcount(peak: Int, hours: Double) -> Int {
        let onDuty = max(Double(peak), hours / shiftHours)
        guard onDuty > 0 else { return 0 }
        return Int((onDuty * 7 / workDaysPerWeek * (1 - 1e-12)).rounded(.up))
    }
}
