import Foundation

/// A shift was planned for an agent on one or more queues. It keeps both the site-local
/// rendering a planner wrote and the UTC instants it denotes, resolved once at planning
/// time under the DST rule (see `LocalDateTime.instant(in:occurrence:)`).
public struct ShiftPlanned: EventPayload {
    public static let eventType = "ShiftPlanned"
    public let shiftID: ShiftID
    public let agentID: AgentID
    public let siteID: SiteID
    public let queues: [QueueID]
    public let timeZone: TimeZoneID
    public let localStart: LocalDateTime
    public let localEnd: LocalDateTime
    public let start: Date
    public let end: Date
    public let breaks: [PlannedBreak]
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, shiftID) }

    /// Real time from start to end, breaks included, across any DST change.
    public var elapsedSeconds: Int { Int(end.timeIntervalSince(start)) }

    /// Real time on duty: elapsed time minus breaks.
    public var workedSeconds: Int { elapsedSeconds - breaks.reduce(0) { $0 + $1.minutes * 60 } }

    func overlaps(_ other: ShiftPlanned) -> Bool { start < other.end && other.start < end }
}

/// A planned shift was called off.
public struct ShiftCancelled: EventPayload {
    public static let eventType = "ShiftCancelled"
    public let shiftID: ShiftID
    public let agentID: AgentID
    public let reason: String
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, shiftID) }
}
