/// What the telephony or ticketing system counted for one queue in one interval: the raw
/// material of service-level, abandonment and handle-time reporting and of forecasts.
public struct ContactIntervalFigures: Hashable, Sendable, Codable {
    public var offered: Int
    public var handled: Int
    public var abandoned: Int
    /// Abandons within the queue's short-abandon threshold (left out of the SL denominator).
    public var shortAbandoned: Int
    /// Contacts answered (or first-responded) within the SLA threshold.
    public var answeredWithinThreshold: Int
    public var handleSeconds: Int

    public init(offered: Int, handled: Int, abandoned: Int, shortAbandoned: Int,
                answeredWithinThreshold: Int, handleSeconds: Int) {
        self.offered = offered
        self.handled = handled
        self.abandoned = abandoned
        self.shortAbandoned = shortAbandoned
        self.answeredWithinThreshold = answeredWithinThreshold
        self.handleSeconds = handleSeconds
    }

    /// Answered within threshold / (offered - short abandons); nil when nothing counts.
    public var serviceLevel: Double? {
        let (counted, overflow) = offered.subtractingReportingOverflow(shortAbandoned)
        return !overflow && counted > 0 ? Double(answeredWithinThreshold) / Double(counted) : nil
    }

    /// Average handle time in seconds; nil when nothing was handled.
    public var averageHandleSeconds: Double? {
        handled > 0 ? Double(handleSeconds) / Double(handled) : nil
    }

    /// Every inconsistency in the figures, each naming its field.
    public var problems: [FieldProblem] {
        var checks = FieldChecks()
        for (field, value) in [("offered", offered), ("handled", handled), ("abandoned", abandoned),
                               ("shortAbandoned", shortAbandoned),
                               ("answeredWithinThreshold", answeredWithinThreshold)] {
            checks.require(value >= 0, field, "\(value)", "must not be negative")
            if value >= 0 { checks.require(value, within: InputLimits.contactsPerInterval, field) }
        }
        checks.require(handleSeconds >= 0, "handleSeconds", "\(handleSeconds)", "must not be negative")
        if handleSeconds >= 0 { checks.require(handleSeconds, within: InputLimits.handleSecondsPerInterval, "handleSeconds") }
        checks.require(handled <= offered, "handled", "\(handled)", "must not exceed offered (\(offered))")
        checks.require(abandoned <= offered, "abandoned", "\(abandoned)", "must not exceed offered (\(offered))")
        let (handledOrAbandoned, overflow) = handled.addingReportingOverflow(abandoned)
        if handled <= offered && abandoned <= offered && !overflow {
            checks.require(handledOrAbandoned <= offered, "handled + abandoned", "\(handledOrAbandoned)",
                           "must not exceed offered (\(offered))")
        }
        checks.require(answeredWithinThreshold <= handled, "answeredWithinThreshold", "\(answeredWithinThreshold)",
                       "must not exceed handled (\(handled))")
        checks.require(shortAbandoned <= abandoned, "shortAbandoned", "\(shortAbandoned)",
                       "must not exceed abandoned (\(abandoned))")
        checks.require(handleSeconds <= 0 || handled > 0, "handleSeconds", "\(handleSeconds)",
                       "must be 0 when no contact was handled")
        checks.require(handled <= 0 || handleSeconds > 0, "handleSeconds", "\(handleSeconds)",
                       "must be more than 0 when \(handled) contacts were handled")
        return checks.problems
    }
}
