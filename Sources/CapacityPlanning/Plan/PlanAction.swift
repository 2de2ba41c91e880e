import Forecasting

/// One line of the plan from today: overtime, a cross-training cohort or a hiring cohort for
/// one queue, when it must start, and whether that date has passed.
///
/// Exists because a gap seen in December is closed in October: a row whose latest start is
/// before today is ``overdue``, and says how many short days it can no longer reach
/// (``unreachableDays``); what it proposes is sized to the days it can still reach.
public struct PlanAction: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case overtime, crossTrain = "cross-train", hire }

    public let queueID: String
    public let kind: Kind
    /// Where: the site whose agents work the overtime or are cross-trained, or where hires join
    /// (the site with the most agents allocated to the queue); nil when no site serves it yet.
    public let siteID: String?
    /// People: agents on overtime (at most, on one day), agents cross-trained, or hires.
    public let agents: Int
    /// Overtime only: hours over the season, all agents together.
    public let hours: Double?
    /// Cross-training only: who, by id; each person is proposed for one queue at most.
    public let agentIDs: [String]
    /// The first short day the action is for.
    public let neededBy: LocalDate
    /// The latest day to start (neededBy minus the lead time).
    public let latestStart: LocalDate
    /// The first day it helps if started today (or on its latest start, when not overdue).
    public let landsOn: LocalDate
    /// Short days from today the action covers once it lands.
    public let days: Int
    /// Short days between today and ``landsOn`` that it can no longer close (0 unless overdue).
    public let unreachableDays: Int

    /// The latest start is before today.
    public var overdue: Bool { unreachableDays > 0 }

    public init(queueID: String, kind: Kind, siteID: String?, agents: Int, hours: Double? = nil, agentIDs: [String] = [],
                neededBy: LocalDate, latestStart: LocalDate, landsOn: LocalDate, days: Int, unreachableDays: Int) {
        self.queueID = queueID
        self.kind = kind
        self.siteID = siteID
        self.agents = agents
        self.hours = hours
        self.agentIDs = agentIDs
        self.neededBy = neededBy
        self.latestStart = latestStart
        self.landsOn = landsOn
        self.days = days
        self.unreachableDays = unreachableDays
    }
}
