import Foundation

/// A queue's figures for one UTC interval were reported for the first time.
public struct IntervalReported: EventPayload {
    public static let eventType = "IntervalReported"
    public let queueID: QueueID
    public let start: Date
    public let length: IntervalLength
    public let figures: ContactIntervalFigures
    public var naturalKey: String { CallboardDomain.naturalKey(queueID, EventJSON.format(start)) }
}

/// A queue's figures for an interval were re-reported with different numbers; both are kept
/// so reports can show what changed. `revision` counts the corrections of that interval.
public struct IntervalCorrected: EventPayload {
    public static let eventType = "IntervalCorrected"
    public let queueID: QueueID
    public let start: Date
    public let length: IntervalLength
    public let previous: ContactIntervalFigures
    public let corrected: ContactIntervalFigures
    public let revision: Int
    public var naturalKey: String { CallboardDomain.naturalKey(queueID, EventJSON.format(start), revision) }
}
