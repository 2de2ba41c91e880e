import Foundation

/// One agent's figures on one queue for one UTC interval, as an import delivers them. It is
/// the command of the `AgentIntervalStats` decider; reporting it again is idempotent.
public struct AgentIntervalStatsReport: Hashable, Sendable {
    public var agentID: AgentID
    public var queueID: QueueID
    public var start: Date
    public var length: IntervalLength
    public var figures: AgentIntervalFigures

    public init(agentID: AgentID, queueID: QueueID, start: Date, length: IntervalLength,
                figures: AgentIntervalFigures) {
        self.agentID = agentID
        self.queueID = queueID
        self.start = start
        self.length = length
        self.figures = figures
    }

    /// Every problem with the report, each naming its field.
    public var problems: [FieldProblem] {
        var checks = FieldChecks()
        checks.requireIdentifier(agentID, "agentID")
        checks.requireIdentifier(queueID, "queueID")
        checks.requireAligned(start, length)
        checks.append(figures.problems(length: length))
        return checks.problems
    }

    var key: AgentIntervalKey { AgentIntervalKey(queueID: queueID, start: start) }
}

/// Which interval of an agent's month a figure belongs to: an agent may work several queues
/// in the same interval.
public struct AgentIntervalKey: Hashable, Sendable {
    public let queueID: QueueID
    public let start: Date
}
