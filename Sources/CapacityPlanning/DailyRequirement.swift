import Forecasting

/// One queue's need on one local day of the season: forecast volume, its busiest interval,
/// scheduled agent-hours and the head count a roster needs for them.
///
/// Exists as the unit the capacity projection and the charts compare with certified
/// agents: planners hire people, not intervals.
public struct DailyRequirement: Sendable, Hashable, Codable {
    public let day: LocalDate
    /// Forecast offered contacts (P50) over the day.
    public let contactsP50: Double
    /// Forecast offered contacts (P90 per interval, summed) over the day.
    public let contactsP90: Double
    /// Agents to schedule in the day's busiest interval.
    public let peakScheduled: Int
    /// Scheduled agent-hours over the day (after shrinkage).
    public let scheduledHours: Double
    /// People the roster needs for the day (``RosterRule``).
    public let headcount: Int

    public init(day: LocalDate, contactsP50: Double, contactsP90: Double, peakScheduled: Int,
                scheduledHours: Double, headcount: Int) {
        self.day = day
        self.contactsP50 = contactsP50
        self.contactsP90 = contactsP90
        self.peakScheduled = peakScheduled
        self.scheduledHours = scheduledHours
        self.headcount = headcount
    }
}
