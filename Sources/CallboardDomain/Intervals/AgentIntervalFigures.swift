/// What one agent did on one queue in one interval: the inputs of the monthly scorecard's
/// handle time, first-contact resolution and schedule adherence.
public struct AgentIntervalFigures: Hashable, Sendable, Codable {
    public var contactsHandled: Int
    public var handleSeconds: Int
    public var firstContactResolutions: Int
    public var scheduledSeconds: Int
    /// Scheduled seconds the agent spent doing what the schedule said.
    public var adherentSeconds: Int

    public init(contactsHandled: Int, handleSeconds: Int, firstContactResolutions: Int,
                scheduledSeconds: Int, adherentSeconds: Int) {
        self.contactsHandled = contactsHandled
        self.handleSeconds = handleSeconds
        self.firstContactResolutions = firstContactResolutions
        self.scheduledSeconds = scheduledSeconds
        self.adherentSeconds = adherentSeconds
    }

    /// Every inconsistency in the figures for an interval of `length`, each naming its field.
    public func problems(length: IntervalLength) -> [FieldProblem] {
        var checks = FieldChecks()
        for (field, value) in [("contactsHandled", contactsHandled), ("handleSeconds", handleSeconds),
                               ("firstContactResolutions", firstContactResolutions),
                               ("scheduledSeconds", scheduledSeconds), ("adherentSeconds", adherentSeconds)] {
            checks.require(value >= 0, field, "\(value)", "must not be negative")
        }
        for (field, value) in [("contactsHandled", contactsHandled), ("firstContactResolutions", firstContactResolutions)]
        where value >= 0 {
            checks.require(value, within: InputLimits.contactsPerInterval, field)
        }
        if handleSeconds >= 0 { checks.require(handleSeconds, within: InputLimits.handleSecondsPerInterval, "handleSeconds") }
        checks.require(firstContactResolutions <= contactsHandled, "firstContactResolutions",
                       "\(firstContactResolutions)", "must not exceed contactsHandled (\(contactsHandled))")
        checks.require(adherentSeconds <= scheduledSeconds, "adherentSeconds", "\(adherentSeconds)",
                       "must not exceed scheduledSeconds (\(scheduledSeconds))")
        checks.require(scheduledSeconds <= length.seconds, "scheduledSeconds", "\(scheduledSeconds)",
                       "must not exceed the interval's \(length.seconds) seconds")
        checks.require(handleSeconds <= 0 || contactsHandled > 0, "handleSeconds", "\(handleSeconds)",
                       "must be 0 when no contact was handled")
        return checks.problems
    }
}
