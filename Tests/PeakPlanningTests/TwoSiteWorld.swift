import CallboardDomain
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport

/// ``PeakWorld`` grown into a small network: a Cebu site with B1 (certified on TAB-CORE) and
/// B2 (not certified, but live and speaking English), and a second account, PET, whose New
/// York voice queue PET-EN-US requires no program, so every live English voice agent of both
/// sites may serve it: A1-A3 and B1 are multi-skilled across the two accounts.
extension PeakWorld {
    static let petQueue: QueueID = "PET-EN-US"

    func buildTwoSites() async throws {
        try await build()
        let run = CommandRunner(store: store, actor: "test")
        _ = try await run.run(SiteCommand.open(OpenSite(siteID: "CEB", name: "Cebu", country: "PH", timeZone: "Asia/Manila", seats: 2,
                                                        languages: ["en"], openedOn: "2024-01-01")))
        _ = try await run.run(ClientAccountCommand.sign(SignAccount(accountID: "PET", name: "Pawprint", markets: ["US"], brands: ["Pawprint"],
                                                                    channels: [.voice], languages: ["en"], signedOn: "2024-03-01")))
        _ = try await run.run(QueueCommand.open(OpenQueue(queueID: Self.petQueue, accountID: "PET", channel: .voice, language: "en",
                                                          market: "US", timeZone: "America/New_York", hours: .alwaysOpen,
                                                          sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
                                                          slaEffectiveFrom: Self.historyStart)))
        for agent in ["B1", "B2"] {
            _ = try await run.run(AgentCommand.hire(HireAgent(agentID: AgentID(agent), siteID: "CEB", name: "Agent \(agent)",
                                                              languages: [LanguageSkill("en", .fluent)], skills: [.voice], hiredOn: "2025-01-06")))
            for step in [AgentStatus.nesting, .live] {
                _ = try await run.run(AgentCommand.changeStatus(agent: AgentID(agent), to: step, effectiveOn: "2025-01-06", reason: "test"))
            }
        }
        try await certify("B1", with: run)
        try await reportPet(from: Self.historyStart, until: Self.historyEnd)
    }

    /// PET-EN-US's history: 12 calls per half hour, 300 s each, around the clock.
    func reportPet(from: Date, until: Date) async throws {
        var byStream: [String: [NewEvent]] = [:]
        var start = from
        while start < until {
            let report = ContactIntervalReport(queueID: Self.petQueue, start: start, length: .thirtyMinutes, figures: ContactIntervalFigures(
                offered: 12, handled: 12, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 12, handleSeconds: 12 * 300))
            for event in try ContactIntervals.decide(report, state: nil) {
                byStream[ContactIntervals.streamID(for: report).rawValue, default: []].append(try event.newEvent(metadata: EventMetadata()))
            }
            start += 1800
        }
        _ = try await store.appendBulk(byStream.keys.sorted().map { StreamAppend(stream: StoredStream($0), events: byStream[$0]!) })
    }
}
