import Forecasting

/// One queue's requirement against its certified supply on one local day, and the gap.
///
/// Exists as the row planners read ("TAB-EN-US on Cyber Monday: 61 needed, 48 certified,
/// 13 short"), with the supply per site kept so the plan can say where to grow.
public struct CapacityDay: Sendable, Hashable, Codable {
    public let queueID: String
    public let day: CalendarDay
    public let required: Int
    public let available: Int
    public let scheduled: Int
    /// Required minus available: above 0 the queue is short, below 0 it has slack.
    public var gap: Int { required - available }

    public init(queueID: String, day: CalendarDay, required: Int, available: Int, scheduled: Int) {
        self.queueID = queueID
        self.day = day
        self.required = required
        self.available = available
        self.scheduled = scheduled
    }

    /// Each day's requirement of `queueID` against the supply rows of that queue, all sites.
    public static func project(queueID: String, requirement: [DailyRequirement],
                               availability: [CertifiedAvailability]) -> [CapacityDay] {
        var supply: [CalendarDay: (available: Int, scheduled: Int)] = [:]
        for row in availability where row.queueID == queueID {
            supply[row.day, default: (0, 0)].available += row.available
            supply[row.day, default: (0, 0)].scheduled += row.scheduled
        }
        return requirement.map { need in
            let have = supply[need.day] ?? (0, 0)
            return CapacityDay(queueID: queueID, day: need.day, required: need.headcount,
                               available: have.available, scheduled: have.scheduled)
        }
    }
}
