import Forecasting

/// What to do about a queue's shortfall: cross-train agents who already work at a site and
/// speak the language, hire the rest, and the latest day each cohort can start.
///
/// Exists because a gap seen in December is closed in October: the plan turns the season's
/// gaps into cohorts with start dates. The rule, stated once: one cohort sized to the
/// queue's largest daily gap, needed by the first short day; cross-training first (it skips
/// recruiting), from the sites with the largest pool that day; the rest hired at the site with
/// the most certified agents for the queue (where the team and its coaches are).
public struct HiringPlan: Sendable, Hashable {
    /// One cohort: how many agents, where, and by when.
    public struct Cohort: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case crossTrain = "cross-train", hire }
        public let queueID: String
        /// The site that trains the cohort; nil when no site has agents for the queue yet.
        public let siteID: String?
        public let kind: Kind
        public let agents: Int
        /// The first day the queue is short.
        public let neededBy: CalendarDay
        /// The latest day to start (recruiting for hires, classroom for cross-training).
        public let latestStart: CalendarDay

        public init(queueID: String, siteID: String?, kind: Kind, agents: Int, neededBy: CalendarDay, latestStart: CalendarDay) {
            self.queueID = queueID
            self.siteID = siteID
            self.kind = kind
            self.agents = agents
            self.neededBy = neededBy
            self.latestStart = latestStart
        }
    }

    public let cohorts: [Cohort]

    /// The plan for one queue from its capacity days and its supply rows.
    public init(queueID: String, days: [CapacityDay], availability: [CertifiedAvailability], leadTime: TrainingLeadTime) {
        let short = days.filter { $0.queueID == queueID && $0.gap > 0 }
        guard let neededBy = short.map(\.day).min(), let shortfall = short.map(\.gap).max() else {
            cohorts = []
            return
        }
        let onDay = availability.filter { $0.queueID == queueID && $0.day == neededBy }
        var remaining = shortfall
        var cohorts: [Cohort] = []
        for site in onDay.filter({ $0.crossTrainable > 0 }).sorted(by: { ($1.crossTrainable, $0.siteID) < ($0.crossTrainable, $1.siteID) })
        where remaining > 0 {
            let agents = min(remaining, site.crossTrainable)
            cohorts.append(Cohort(queueID: queueID, siteID: site.siteID, kind: .crossTrain, agents: agents, neededBy: neededBy,
                                  latestStart: neededBy.adding(days: -leadTime.crossTrainingDays)))
            remaining -= agents
        }
        if remaining > 0 {
            let home = onDay.filter { $0.available > 0 }.min { ($1.available, $0.siteID) < ($0.available, $1.siteID) }
            cohorts.append(Cohort(queueID: queueID, siteID: home?.siteID, kind: .hire, agents: remaining, neededBy: neededBy,
                                  latestStart: neededBy.adding(days: -leadTime.hiringDays)))
        }
        self.cohorts = cohorts
    }
}
