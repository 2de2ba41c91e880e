import CallboardDomain
import EventStore
import Foundation
import FuzzSupport

/// The award facts' events written as the decoders read them, each call of ``append(_:)`` one
/// transaction, and a seeded generator of whole worlds of them (``generate(using:transactions:)``).
struct AwardLog {
    /// An event and the stream it goes to.
    struct Event {
        let stream: String
        let stored: NewEvent
    }

    let store: EventLog
    private var agents: [String] = []
    private var cases: [(agent: String, id: String)] = []
    private var lateHires = 0
    static let sites: [(id: String, zone: String)] = [("MNL", "Asia/Manila"), ("NYC", "America/New_York"), ("SOF", "Europe/Sofia")]

    init(store: EventLog) { self.store = store }

    /// `events` in one transaction, in this order within each stream.
    func append(_ events: [Event]) async throws {
        try await store.appendBulk(events.map { StreamAppend(stream: StreamID($0.stream), events: [$0.stored]) })
    }

    static func event(_ type: String, _ stream: String, _ payload: [String: Any]) -> Event {
        let text = String(decoding: try! JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]), as: UTF8.self)
        return Event(stream: stream, stored: NewEvent(type: type, payload: text))
    }

    static func site(_ id: String, _ zone: String) -> Event {
        event(SiteOpened.eventType, "site-\(id)", [
            "siteID": id, "name": id, "country": "PH", "timeZone": zone, "seats": 100, "languages": ["en"],
            "holidays": [["date": "2026-12-25", "name": "Christmas"]], "maximumShiftMinutes": 600, "openedOn": "2024-01-01",
        ])
    }

    static func hire(_ agent: String, at site: String, on day: String) -> Event {
        event(AgentHired.eventType, "agent-\(agent)", [
            "agentID": agent, "siteID": site, "name": "Agent \(agent)", "hiredOn": day,
            "languages": [["language": "en", "proficiency": "fluent"]], "skills": ["voice", "chat"],
        ])
    }

    static func transfer(_ agent: String, from: String, to: String, on day: String) -> Event {
        event(AgentTransferred.eventType, "agent-\(agent)", ["agentID": agent, "fromSite": from, "toSite": to, "effectiveOn": day])
    }

    static func status(_ agent: String, _ from: String, _ to: String, on day: String) -> Event {
        event(AgentStatusChanged.eventType, "agent-\(agent)",
              ["agentID": agent, "from": from, "to": to, "effectiveOn": day, "reason": "plan"])
    }

    static func figures(_ contacts: Int) -> [String: Any] {
        ["contactsHandled": contacts, "handleSeconds": contacts * 300, "firstContactResolutions": contacts,
         "scheduledSeconds": 1_800, "adherentSeconds": 1_700]
    }

    static func work(_ agent: String, at instant: String, contacts: Int, queue: String = "TAB-V") -> Event {
        event(AgentIntervalStatsReported.eventType, "agentstats-\(agent)-\(instant.prefix(7))", [
            "agentID": agent, "queueID": queue, "start": instant, "length": 30, "figures": figures(contacts),
        ])
    }

    static func correction(_ agent: String, at instant: String, from previous: Int, to corrected: Int) -> Event {
        event(AgentIntervalStatsCorrected.eventType, "agentstats-\(agent)-\(instant.prefix(7))", [
            "agentID": agent, "queueID": "TAB-C", "start": instant, "length": 30, "previous": figures(previous),
            "corrected": figures(corrected), "revision": 1,
        ])
    }

    static func qa(_ agent: String, at instant: String, score: Double) -> Event {
        event(QAEvaluationRecorded.eventType, "agentquality-\(agent)",
              ["agentID": agent, "queueID": "TAB-V", "evaluator": "qa.lee", "score": score, "evaluatedAt": instant])
    }

    static func csat(_ agent: String, at instant: String, score: Int) -> Event {
        event(CSATSurveyRecorded.eventType, "agentquality-\(agent)",
              ["agentID": agent, "queueID": "TAB-V", "contactID": "C-\(instant)", "score": score, "surveyedAt": instant])
    }

    static func commendation(_ agent: String, at instant: String) -> Event {
        event(CommendationRecorded.eventType, "agentquality-\(agent)",
              ["agentID": agent, "accountID": "TAB", "note": "kind", "commendedAt": instant])
    }

    static func caseOpened(_ agent: String, _ id: String, on day: String = "2026-11-03") -> Event {
        event(DisciplinaryCaseOpened.eventType, "agentquality-\(agent)",
              ["agentID": agent, "caseID": id, "openedOn": day, "reason": "late", "openedBy": "hr"])
    }

    static func caseClosed(_ agent: String, _ id: String, on day: String) -> Event {
        event(DisciplinaryCaseClosed.eventType, "agentquality-\(agent)",
              ["agentID": agent, "caseID": id, "closedOn": day, "outcome": "dismissed", "closedBy": "hr"])
    }

    /// An event of a rule stream, kept whole by the award facts.
    static func rule(_ index: Int) -> Event {
        event(MonthlyAwardEvent.payloadTypes.eventTypes[0], "award-MNL-2026-1\(index % 3)", ["note": index])
    }

    /// `transactions` random transactions of 1 to 6 events (the sites and eight agents first):
    /// facts at instants around month ends on the three sites' clocks, transfers mostly backdated,
    /// facts about an agent not hired yet, cases closed before they are opened.
    mutating func generate(using random: inout SeededRandom, transactions: Int) async throws {
        if agents.isEmpty {
            agents = (1...8).map { "A\($0)" }
            try await append(Self.sites.map { Self.site($0.id, $0.zone) }
                             + agents.map { Self.hire($0, at: random.pick(Self.sites).id, on: "2025-01-06") })
        }
        let days = ["2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01"]
        let times = ["00:00", "04:30", "12:00", "16:30", "22:30", "23:30"]
        let effective = ["2026-10-15", "2026-11-01", "2026-11-30", "2026-12-01", "2027-01-01"]
        for index in 0..<transactions {
            // One transaction's events, in this order within each stream.
            var events: [Event] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let agent = random.chance(0.05) ? "L\(lateHires)" : random.pick(agents)
                let instant = "\(random.pick(days))T\(random.pick(times)):00Z"
                let contacts = Int.random(in: 0...20, using: &random)
                switch Int.random(in: 0..<100, using: &random) {
                case 0..<35: events.append(Self.work(agent, at: instant, contacts: contacts))
                case 35..<45: events.append(Self.correction(agent, at: instant, from: contacts, to: Int.random(in: 0...20, using: &random)))
                case 45..<55: events.append(Self.qa(agent, at: instant, score: Double(Int.random(in: 60...100, using: &random))))
                case 55..<63: events.append(Self.csat(agent, at: instant, score: Int.random(in: 1...5, using: &random)))
                case 63..<68: events.append(Self.commendation(agent, at: instant))
                case 68..<80:
                    events.append(Self.transfer(agent, from: "MNL", to: random.pick(Self.sites).id, on: random.pick(effective)))
                case 80..<84: events.append(Self.status(agent, "training", random.pick(["nesting", "onLeave"]), on: random.pick(effective)))
                case 84..<89:
                    let id = "K\(cases.count)"
                    // Sometimes its closing first: it closes nothing.
                    if random.chance(0.3) { events.append(Self.caseClosed(agent, id, on: "2026-11-02")) }
                    events.append(Self.caseOpened(agent, id))
                    cases.append((agent, id))
                case 89..<95:
                    if let open = cases.isEmpty ? nil : random.pick(cases) {
                        events.append(Self.caseClosed(open.agent, open.id, on: random.pick(effective)))
                    }
                case 95..<97:
                    events.append(Self.hire("L\(lateHires)", at: random.pick(Self.sites).id, on: random.pick(effective)))
                    agents.append("L\(lateHires)")
                    lateHires += 1
                default: events.append(Self.rule(index))
                }
            }
            try await append(events)
        }
    }
}
