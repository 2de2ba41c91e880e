import Foundation

/// A break as a planner writes it: a local wall-clock start and a length in minutes.
/// A break time earlier than the shift's start time falls on the next local day (overnight
/// shifts). Like shift starts, a break start in a DST gap is refused and one that happens
/// twice needs an `occurrence`.
public struct ShiftBreak: Hashable, Sendable, Codable {
    public var start: LocalTime
    public var minutes: Int
    public var occurrence: Occurrence?

    public init(start: LocalTime, minutes: Int, occurrence: Occurrence? = nil) {
        self.start = start
        self.minutes = minutes
        self.occurrence = occurrence
    }
}

/// A break as stored with a planned shift: the local rendering and the UTC instant.
public struct PlannedBreak: Hashable, Sendable, Codable {
    public let localStart: LocalDateTime
    public let start: Date
    public let minutes: Int

    public var end: Date { start.addingTimeInterval(TimeInterval(minutes) * 60) }
}
