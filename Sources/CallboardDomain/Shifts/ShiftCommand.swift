/// What a scheduler asks to happen to an agent's schedule.
public enum ShiftCommand: Sendable, Equatable {
    /// Plan a shift; the context must carry the agent, their site and the known queues.
    case plan(PlanShift)
    case cancel(agent: AgentID, shift: ShiftID, reason: String)

    public var agentID: AgentID {
        switch self {
        case let .plan(plan): plan.agentID
        case let .cancel(agent, _, _): agent
        }
    }
}

/// A shift as a scheduler plans it: in the site's local time. `end` at or before `start`
/// means the shift ends on the next local day. When a start or end time happens twice
/// (clocks fall back), `startOccurrence` / `endOccurrence` must say which one.
public struct PlanShift: Sendable, Equatable {
    public var shiftID: ShiftID
    public var agentID: AgentID
    public var queues: [QueueID]
    public var date: LocalDate
    public var start: LocalTime
    public var end: LocalTime
    public var breaks: [ShiftBreak]
    public var startOccurrence: Occurrence?
    public var endOccurrence: Occurrence?

    public init(shiftID: ShiftID, agentID: AgentID, queues: [QueueID], date: LocalDate,
                start: LocalTime, end: LocalTime, breaks: [ShiftBreak] = [],
                startOccurrence: Occurrence? = nil, endOccurrence: Occurrence? = nil) {
        self.shiftID = shiftID
        self.agentID = agentID
        self.queues = queues
        self.date = date
        self.start = start
        self.end = end
        self.breaks = breaks
        self.startOccurrence = startOccurrence
        self.endOccurrence = endOccurrence
    }
}

/// What a shift decision needs from other streams: the agent, the agent's current site, the
/// queues shifts may be planned on (open queues), and, for each of those queues that requires
/// a training program, the agent's certification validity on that program (never certified:
/// a validity with no intervals). Queues absent from `certifications` require no program.
public struct ShiftContext: Sendable {
    public var agent: AgentState?
    public var site: SiteState?
    public var knownQueues: Set<QueueID>
    public var certifications: [QueueID: CertificationValidity]

    public init(agent: AgentState? = nil, site: SiteState? = nil, knownQueues: Set<QueueID> = [],
                certifications: [QueueID: CertificationValidity] = [:]) {
        self.agent = agent
        self.site = site
        self.knownQueues = knownQueues
        self.certifications = certifications
    }
}
