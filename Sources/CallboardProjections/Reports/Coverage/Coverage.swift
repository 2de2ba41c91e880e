import CallboardDomain
import Foundation

/// What `report coverage` answers: for one client account and one local day, each queue's
/// scheduled staffing per half hour, from every site (follow-the-sun), in one timezone.
public struct Coverage: Sendable, Equatable {
    public let accountID: AccountID
    public let date: LocalDate
    /// The clock the day and the interval times are read on.
    public let timeZone: TimeZoneID
    /// Which published volume `requiredAgents` staffs to.
    public let basis: RequirementBasis
    /// The publications the requirements come from, `season rN`; empty when none covers the day.
    public let requirementSources: [String]
    /// By interval, then queue; only intervals where the queue is open, anyone is scheduled
    /// or a published forecast requires agents.
    public let intervals: [CoverageInterval]
}

/// One queue in one half hour.
public struct CoverageInterval: Sendable, Equatable {
    public let start: Date
    /// `start` on the report's clock; with `utcOffsetSeconds` it tells apart the two
    /// 01:30s of a fall-back night.
    public let localStart: LocalDateTime
    public let utcOffsetSeconds: Int
    public let queueID: QueueID
    public let channel: Channel
    public let language: LanguageCode
    /// Whether the queue's hours of operation (on its market clock) include the interval.
    public let isOpen: Bool
    /// Every agent with time on duty in the interval on this queue, whatever their status.
    public let scheduledAgents: Int
    /// Agents who count (see ``StaffingEligibility``): live, speaking the language and, when
    /// the queue requires a training program, certified on it.
    public let eligibleAgents: Int
    /// Eligible time on duty in agent-intervals (two agents on duty for half of it: 1.0).
    public let eligibleFTE: Double
    /// The agents to schedule by the latest published season forecast covering the interval
    /// (Erlang on its P50, or P90, with the queue's SLA, handle time and shrinkage, as the
    /// season job computes it); nil where no published forecast covers the interval.
    public let requiredAgents: Int?
    /// The sites the eligible agents work at, with how many each, by site id.
    public let sites: [SiteCoverage]

    /// Required agents minus eligible: positive where the half hour is short (as the peak report's
    /// gap is), negative where it has agents to spare; nil without a requirement.
    public var gap: Int? { requiredAgents.map { $0 - eligibleAgents } }
}

/// How many eligible agents one site puts on a queue in an interval.
public struct SiteCoverage: Sendable, Equatable {
    public let siteID: SiteID
    public let agents: Int
}
