import Forecasting

/// One queue as the season plan needs it: its daily requirement, the class it is served in
/// when supply is short, and how long it takes to certify someone on it.
///
/// Exists so the allocation and the plan are computed from plain values (no database), the
/// same for `report peak`, its `--plan` and the export API.
public struct PlanQueue: Sendable, Hashable {
    public let queueID: String
    public let priority: AllocationPriority
    /// One row per local day of the season (the queue's market days).
    public let days: [DailyRequirement]
    public let leadTime: TrainingLeadTime

    public init(queueID: String, priority: AllocationPriority, days: [DailyRequirement], leadTime: TrainingLeadTime) {
        self.queueID = queueID
        self.priority = priority
        self.days = days
        self.leadTime = leadTime
    }

    /// The requirement on `day`, if the season has it.
    public func requirement(on day: LocalDate) -> DailyRequirement? { days.first { $0.day == day } }
}
