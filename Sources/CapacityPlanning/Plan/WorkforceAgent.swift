import Forecasting

/// One agent as the season plan sees them: their site, the queues they may serve on each
/// day, and the queues they could be cross-trained onto.
///
/// Exists as the supply side of ``SeasonAllocation``. The caller decides eligibility (live that
/// day, certified on the queue's program, speaking its language, skilled on its channel), so the
/// plan never counts a trainee, a leaver or an agent on leave.
public struct WorkforceAgent: Sendable, Hashable {
    public let agentID: String
    public let siteID: String
    /// Queue ids the agent may serve, per day; a day missing means no time that day.
    public let eligible: [LocalDate: [String]]
    /// Queues the agent is not certified for but could be (live, certified on another program,
    /// speaking the language, skilled on the channel): the cross-training candidates.
    public let trainable: [String]

    public init(agentID: String, siteID: String, eligible: [LocalDate: [String]], trainable: [String] = []) {
        self.agentID = agentID
        self.siteID = siteID
        self.eligible = eligible
        self.trainable = trainable
    }
}
