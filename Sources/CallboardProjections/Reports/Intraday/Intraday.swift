import CallboardDomain
import CapacityPlanning
import Foundation

/// What `report intraday` answers: a client account's queues through one local day, per half
/// hour, the published forecast against what is being reported, the re-forecast of the rest
/// of the day, the agents it requires against those scheduled, and the half hours at risk.
public struct Intraday: Sendable, Equatable {
    public let accountID: AccountID
    public let date: LocalDate
    public let timeZone: TimeZoneID
    /// Per queue, how its day runs.
    public let queues: [IntradayQueueDay]
    /// By queue, then interval: the half hours where the queue is open, anyone is scheduled,
    /// or contacts are forecast or reported.
    public let intervals: [IntradayRow]
}

/// One queue's day as a whole.
public struct IntradayQueueDay: Sendable, Equatable {
    public let queueID: QueueID
    /// The SLA in force at the day's start, as written (`80/20/5`); nil without one.
    public let sla: String?
    /// The share of contacts the SLA asks for in time (0...1).
    public let target: Double?
    /// How the day runs against its forecast and the factor the rest is re-forecast by.
    public let reforecast: IntradayReforecast
    /// The service level over every interval reported so far.
    public let serviceLevelSoFar: Double?
    /// The publication the forecast comes from (`season rN`); nil when none covers the day.
    public let forecastSource: String?
}

/// One queue in one half hour of the day.
public struct IntradayRow: Sendable, Equatable {
    public let start: Date
    public let localStart: LocalDateTime
    public let utcOffsetSeconds: Int
    public let queueID: QueueID
    public let isOpen: Bool
    /// Published P50 contacts; nil where no publication covers the half hour.
    public let forecast: Double?
    /// Reported offered contacts; nil while not reported.
    public let actual: Int?
    /// The forecast scaled by how the day runs; nil once reported.
    public let reforecast: Double?
    /// Agents to schedule for the re-forecast (a reported half hour: for its actual).
    public let required: Int?
    public let scheduled: Int
    public let eligible: Int
    public let serviceLevel: Double?
    /// The day's service level through this half hour; nil while it is not reported.
    public let serviceLevelSoFar: Double?
    public let risks: [IntradayRisk]
}
