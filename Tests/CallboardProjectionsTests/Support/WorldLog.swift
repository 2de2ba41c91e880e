import CallboardDomain
import EventStore
import struct EventStore.StreamID
import Foundation

/// A small world written to the log through the domain's own deciders, as the operations
/// layer would: every fixture obeys the production rules, and the test knows exactly which
/// facts it recorded, so it can compute the expected read models independently.
struct WorldLog {
    let store: EventLog
    private(set) var sites: [SiteID: SiteState] = [:]
    private(set) var agents: [AgentID: AgentState] = [:]
    private(set) var accounts: [AccountID: ClientAccountState] = [:]
    private(set) var queues: [QueueID: QueueState] = [:]
    private var schedules: [AgentID: ScheduleState] = [:]
    var ledgers: [String: ContactIntervals.State] = [:]

    init(store: EventLog) { self.store = store }

    mutating func openSite(_ id: SiteID, zone: TimeZoneID, languages: [LanguageCode] = ["en"], seats: Int = 100) async throws {
        let open = OpenSite(siteID: id, name: "Site \(id)", country: "PH", timeZone: zone, seats: seats,
                            languages: languages, openedOn: "2024-01-01")
        sites[id] = try await record(Site.self, .open(open), state: nil, context: ())
    }

    mutating func site(_ command: SiteCommand) async throws {
        sites[command.siteID] = try await record(Site.self, command, state: sites[command.siteID], context: ())
    }

    /// Hires an agent and walks them through the lifecycle up to `status`.
    mutating func hire(
        _ id: AgentID, at site: SiteID, name: String? = nil, languages: [LanguageSkill] = [LanguageSkill("en", .fluent)],
        skills: [Channel] = [.voice, .chat], status: AgentStatus = .live, on date: LocalDate = "2025-01-06"
    ) async throws {
        let hire = HireAgent(agentID: id, siteID: site, name: name ?? "Agent \(id)", languages: languages,
                             skills: skills, hiredOn: date)
        try await agent(.hire(hire))
        let path: [AgentStatus] = switch status {
        case .training: []
        case .nesting: [.nesting]
        case .live: [.nesting, .live]
        case .onLeave: [.onLeave]
        case .left: [.left]
        }
        for step in path { try await agent(.changeStatus(agent: id, to: step, effectiveOn: date, reason: "test")) }
    }

    mutating func agent(_ command: AgentCommand) async throws {
        let siteID: SiteID? = switch command {
        case let .hire(hire): hire.siteID
        case let .transfer(_, to, _): to
        default: nil
        }
        let context = AgentContext(site: siteID.flatMap { sites[$0] })
        agents[command.agentID] = try await record(Agent.self, command, state: agents[command.agentID], context: context)
    }

    mutating func signAccount(_ id: AccountID, channels: [Channel] = [.voice, .chat, .email],
                              languages: [LanguageCode] = ["en", "es"]) async throws {
        let sign = SignAccount(accountID: id, name: "Account \(id)", markets: ["US", "MX"], brands: ["Brand, Inc."],
                               channels: channels, languages: languages, signedOn: "2024-03-01")
        accounts[id] = try await record(ClientAccount.self, .sign(sign), state: nil, context: ClientAccountContext())
    }

    mutating func openQueue(
        _ id: QueueID, account: AccountID, channel: Channel = .voice, language: LanguageCode = "en",
        zone: TimeZoneID = "America/New_York", hours: HoursOfOperation = .alwaysOpen,
        sla: ServiceLevelAgreement = .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
        slaFrom: Date = Date(timeIntervalSince1970: 1_700_000_000)
    ) async throws {
        let open = OpenQueue(queueID: id, accountID: account, channel: channel, language: language, market: "US",
                             timeZone: zone, hours: hours, sla: sla, slaEffectiveFrom: slaFrom)
        try await queue(.open(open))
    }

    mutating func queue(_ command: QueueCommand) async throws {
        var context = QueueContext()
        if case let .open(open) = command { context.account = accounts[open.accountID] }
        queues[command.queueID] = try await record(Queue.self, command, state: queues[command.queueID], context: context)
    }

    mutating func plan(
        _ shift: ShiftID, agent: AgentID, queues planned: [QueueID], on date: LocalDate, from start: LocalTime,
        to end: LocalTime, breaks: [ShiftBreak] = []
    ) async throws {
        try await schedule(.plan(PlanShift(shiftID: shift, agentID: agent, queues: planned, date: date,
                                           start: start, end: end, breaks: breaks)))
    }

    mutating func schedule(_ command: ShiftCommand) async throws {
        let agent = agents[command.agentID]
        let context = ShiftContext(agent: agent, site: agent.flatMap { sites[$0.siteID] }, knownQueues: Set(queues.keys))
        schedules[command.agentID] = try await record(Schedule.self, command, state: schedules[command.agentID], context: context)
    }

    /// Reports (or, the second time, corrects) one queue interval's figures.
    mutating func report(_ queue: QueueID, at start: Date, _ figures: ContactIntervalFigures,
                         length: IntervalLength = .thirtyMinutes) async throws {
        let report = ContactIntervalReport(queueID: queue, start: start, length: length, figures: figures)
        let stream = ContactIntervals.streamID(for: report).rawValue
        ledgers[stream] = try await record(ContactIntervals.self, report, state: ledgers[stream], context: ())
    }

    /// Appends a queue event stored as an older release wrote it (`payload`, e.g. an email SLA
    /// without a percent, which a command can no longer give), bypassing the decision, and
    /// folds it in as readers decode it.
    mutating func recordAsOfOld(_ queue: QueueID, type: String, payload: String) async throws {
        let event = try QueueEvent.decode(type: type, schemaVersion: 1, payload: Data(payload.utf8))
        try await store.append(to: StreamID(CallboardDomain.StreamID.queue(queue).rawValue), [
            NewEvent(id: event.eventID, type: type, schemaVersion: 1, payload: payload),
        ])
        queues[queue] = Queue.evolve(queues[queue], event)
    }

    /// Decides `command`, appends the events, and returns the new state.
    func record<Rules: Decider>(
        _ rules: Rules.Type, _ command: Rules.Command, state: Rules.State?, context: Rules.Context
    ) async throws -> Rules.State? {
        let events = try Rules.decide(command, state: state, context: context)
        guard !events.isEmpty else { return state }
        let stored = try events.map { event in
            NewEvent(id: event.eventID, type: event.eventType, schemaVersion: event.schemaVersion,
                     payload: String(decoding: try event.encodedPayload(), as: UTF8.self))
        }
        try await store.append(to: StreamID(Rules.streamID(for: command).rawValue), stored)
        return events.reduce(state) { Rules.evolve($0, $1) }
    }
}
