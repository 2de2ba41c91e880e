import Foundation

/// How much of one UTC interval an agent works: staffing per interval counts agents on
/// duty, and a shift that starts at 09:10 or breaks at 12:00 covers some intervals only in part.
public struct IntervalCoverage: Hashable, Sendable {
    public let start: Date
    public let length: IntervalLength
    /// Seconds of the interval on duty (not on a break).
    public let workedSeconds: Int

    /// Whether the agent is on duty for the whole interval.
    public var isFull: Bool { workedSeconds == length.seconds }

    /// The share of the interval on duty, 0 to 1, for fractional staffing counts.
    public var fraction: Double { Double(workedSeconds) / Double(length.seconds) }
}

extension ShiftPlanned {
    /// The UTC intervals this shift covers, with the time worked in each, breaks excluded.
    /// Intervals the agent spends entirely on a break are left out.
    public func coverage(_ length: IntervalLength) -> [IntervalCoverage] {
        coverage(length, of: workingSegments())
    }

    /// The UTC intervals `worked` (stretches of this shift) falls in, with the seconds in each.
    func coverage(_ length: IntervalLength, of worked: [(start: Date, end: Date)]) -> [IntervalCoverage] {
        var result: [IntervalCoverage] = []
        var intervalStart = length.start(containing: start)
        while intervalStart < end {
            let intervalEnd = intervalStart.addingTimeInterval(TimeInterval(length.seconds))
            let seconds = worked.reduce(0) { total, segment in
                total + max(0, Int(min(segment.end, intervalEnd).timeIntervalSince(max(segment.start, intervalStart))))
            }
            if seconds > 0 {
                result.append(IntervalCoverage(start: intervalStart, length: length, workedSeconds: seconds))
            }
            intervalStart = intervalEnd
        }
        return result
    }

    /// The shift's time on duty as consecutive stretches between breaks.
    func workingSegments() -> [(start: Date, end: Date)] {
        var segments: [(start: Date, end: Date)] = []
        var cursor = start
        for item in breaks.sorted(by: { $0.start < $1.start }) {
            if item.start > cursor { segments.append((cursor, item.start)) }
            cursor = max(cursor, item.end)
        }
        if end > cursor { segments.append((cursor, end)) }
        return segments
    }
}
