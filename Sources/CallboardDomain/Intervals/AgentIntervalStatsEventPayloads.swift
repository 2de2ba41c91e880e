import Foundation

/// An agent's figures on a queue for one UTC interval were reported for the first time.
public struct AgentIntervalStatsReported: EventPayload {
    public static let eventType = "AgentIntervalStatsReported"
    public let agentID: AgentID
    public let queueID: QueueID
    public let start: Date
    public let length: IntervalLength
    public let figures: AgentIntervalFigures
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, queueID, EventJSON.format(start)) }
}

/// An agent's interval figures were re-reported with different numbers; both are kept.
/// `revision` counts the corrections of that interval.
public struct AgentIntervalStatsCorrected: EventPayload {
    public static let eventType = "AgentIntervalStatsCorrected"
    public let agentID: AgentID
    public let queueID: QueueID
    public let start: Date
    public let length: IntervalLength
    public let previous: AgentIntervalFigures
    public let corrected: AgentIntervalFigures
    public let revision: Int
    public var naturalKey: String {
        CallboardDomain.naturalKey(agentID, queueID, EventJSON.format(start), revision)
    }
}
