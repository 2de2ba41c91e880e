import Foundation

/// One queue's figures for one UTC interval, as an import delivers them. It is the command
/// of the `ContactIntervals` decider; reporting the same interval again is idempotent.
public struct ContactIntervalReport: Hashable, Sendable {
    public var queueID: QueueID
    /// The interval's start in UTC, aligned to `length`.
    public var start: Date
    public var length: IntervalLength
    public var figures: ContactIntervalFigures

    public init(queueID: QueueID, start: Date, length: IntervalLength, figures: ContactIntervalFigures) {
        self.queueID = queueID
        self.start = start
        self.length = length
        self.figures = figures
    }

    /// Every problem with the report, each naming its field: the identifiers, the interval's
    /// alignment, and the figures' consistency (see `ContactIntervalFigures.problems`).
    public var problems: [FieldProblem] {
        var checks = FieldChecks()
        checks.requireIdentifier(queueID, "queueID")
        checks.requireAligned(start, length)
        checks.append(figures.problems)
        return checks.problems
    }
}

extension FieldChecks {
    mutating func requireAligned(_ start: Date, _ length: IntervalLength) {
        guard BusinessCalendar.contains(start) else {
            let year = start >= BusinessCalendar.endInstant ? 9999 : 0
            require(false, "start", EventJSON.format(start), BusinessCalendar.instantRule(for: year))
            return
        }
        require(length.isAligned(start), "start", EventJSON.format(start),
                "must fall on a \(length.minutes)-minute boundary in UTC")
    }
}
