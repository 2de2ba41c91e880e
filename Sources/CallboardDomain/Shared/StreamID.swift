import Foundation

/// The name of one event stream in the event store. Each aggregate kind has one naming
/// rule, defined here and nowhere else, so the app layer and every import agree.
public struct StreamID: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// `site-MNL`: a site's life (opening, seats, holidays, closure).
    public static func site(_ id: SiteID) -> StreamID { StreamID(rawValue: "site-\(id)") }

    /// `agent-<id>`: an agent's employment (hire, status, transfers, languages, skills).
    public static func agent(_ id: AgentID) -> StreamID { StreamID(rawValue: "agent-\(id)") }

    /// `account-<id>`: a client account's contract (signing, offboarding).
    public static func account(_ id: AccountID) -> StreamID { StreamID(rawValue: "account-\(id)") }

    /// `queue-<id>`: a queue's definition, hours and effective-dated SLA.
    public static func queue(_ id: QueueID) -> StreamID { StreamID(rawValue: "queue-\(id)") }

    /// `schedule-<agentId>`: all shifts planned for one agent.
    public static func schedule(_ agent: AgentID) -> StreamID { StreamID(rawValue: "schedule-\(agent)") }

    /// `intervals-<queueId>-<yyyy-mm>`: a queue's contact interval reports for one UTC month.
    public static func contactIntervals(_ queue: QueueID, _ month: UTCMonth) -> StreamID {
        StreamID(rawValue: "intervals-\(queue)-\(month)")
    }

    /// `agentstats-<agentId>-<yyyy-mm>`: an agent's per-interval contact stats for one UTC month.
    public static func agentIntervalStats(_ agent: AgentID, _ month: UTCMonth) -> StreamID {
        StreamID(rawValue: "agentstats-\(agent)-\(month)")
    }

    /// `agentquality-<agentId>`: QA evaluations, CSAT surveys and commendations of one agent.
    public static func agentQuality(_ agent: AgentID) -> StreamID { StreamID(rawValue: "agentquality-\(agent)") }

    /// `program-<id>`: a client's training program and its revisions.
    public static func program(_ id: ProgramID) -> StreamID { StreamID(rawValue: "program-\(id)") }

    /// `certification-<agentId>-<programId>`: one agent's training and certifications on one program.
    public static func certification(_ agent: AgentID, _ program: ProgramID) -> StreamID {
        StreamID(rawValue: "certification-\(agent)-\(program)")
    }

    /// `scorecard-<siteId>`: a site's scorecard weights, targets and eligibility minimums over time.
    public static func scorecard(_ site: SiteID) -> StreamID { StreamID(rawValue: "scorecard-\(site)") }

    /// `award-<siteId>-<yyyy-mm>`: the monthly award of one site and local month, granted once.
    public static func award(_ site: SiteID, _ month: LocalMonth) -> StreamID {
        StreamID(rawValue: "award-\(site)-\(month)")
    }

    /// `slamonth-<accountId>-<yyyy-mm>`: the close of one account's service-level month, recorded once.
    public static func slaMonth(_ account: AccountID, _ month: LocalMonth) -> StreamID {
        StreamID(rawValue: "slamonth-\(account)-\(month)")
    }

    /// `apitoken-<id>`: one client API token's issue and revocation.
    public static func apiToken(_ id: ApiTokenID) -> StreamID { StreamID(rawValue: "apitoken-\(id)") }
}
