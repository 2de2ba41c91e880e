import CallboardDomain
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// A Manila team serving a New York voice queue with ten weeks of history before the
/// season, written through the application layer; the read models caught up on demand.
///
/// - TAB-EN-US: voice, en, America/New_York, 24/7, 80/20/5; 40 calls per half hour from 08:00
///   to 20:00 New York, 10 otherwise, 300 s handle time; history 2026-09-07 to 2026-11-16.
/// - MNL agents A1-A3 live, scheduled on TAB-EN-US (its team); A4 live, never scheduled (the
///   cross-training pool); A5 in training.
/// - Program TAB-CORE for the account: 2 modules (6 classroom days), 10 nesting days; A1-A3
///   certified on it from 2026-02-13 for 12 months.
struct PeakWorld {
    static let queue: QueueID = "TAB-EN-US"
    static let historyStart = Date(timeIntervalSince1970: 1_788_753_600)  // 2026-09-07T04:00:00Z, midnight New York
    static let historyEnd = Date(timeIntervalSince1970: 1_794_805_200)    // 2026-11-16T05:00:00Z, midnight New York

    let store: EventLog
    let engine: ProjectionEngine

    init(store: EventLog) {
        self.store = store
        engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
    }

    func build() async throws {
        let run = CommandRunner(store: store, actor: "test")
        _ = try await run.run(SiteCommand.open(OpenSite(siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 100,
                                             languages: ["en", "tl"], openedOn: "2024-01-01")))
        _ = try await run.run(ClientAccountCommand.sign(SignAccount(accountID: "TAB", name: "Tabula", markets: ["US"], brands: ["Tabula"],
                                                channels: [.voice], languages: ["en"], signedOn: "2024-03-01")))
        _ = try await run.run(QueueCommand.open(OpenQueue(queueID: Self.queue, accountID: "TAB", channel: .voice, language: "en", market: "US",
                                              timeZone: "America/New_York", hours: .alwaysOpen,
                                              sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
                                              slaEffectiveFrom: Self.historyStart)))
        let core = CertificationRequirements(
            modules: [TrainingModule("products", title: "Products"), TrainingModule("tools", title: "Tools")],
            assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 2),
            nesting: NestingRule(days: 10, minimumEvaluations: 3, minimumAverageScore: 85), validityMonths: 12)
        _ = try await run.run(TrainingProgramCommand.define(DefineTrainingProgram(
            programID: "TAB-CORE", accountID: "TAB", name: "Tabula core", requirements: core, definedOn: "2026-01-05")))
        for (agent, status) in [("A1", AgentStatus.live), ("A2", .live), ("A3", .live), ("A4", .live), ("A5", .training)] {
            _ = try await run.run(AgentCommand.hire(HireAgent(agentID: AgentID(agent), siteID: "MNL", name: "Agent \(agent)",
                                                  languages: [LanguageSkill("en", .fluent)], skills: [.voice], hiredOn: "2025-01-06")))
            for step in status == .live ? [AgentStatus.nesting, .live] : [] {
                _ = try await run.run(AgentCommand.changeStatus(agent: AgentID(agent), to: step, effectiveOn: "2025-01-06", reason: "test"))
            }
        }
        for agent in ["A1", "A2", "A3"] {
            try await certify(AgentID(agent), with: run)
            _ = try await run.run(ShiftCommand.plan(PlanShift(shiftID: ShiftID("\(agent)-1124"), agentID: AgentID(agent), queues: [Self.queue],
                                                  date: "2026-11-24", start: "09:00", end: "17:00")))
        }
        try await report(from: Self.historyStart, until: Self.historyEnd)
    }

    /// Takes `agent` through TAB-CORE to a certification granted on 2026-02-13 (valid 12 months).
    func certify(_ agent: AgentID, with run: CommandRunner) async throws {
        let steps: [CertificationCommand] = [
            .enrol(agent: agent, program: "TAB-CORE", on: "2026-01-12"),
            .completeModule(agent: agent, program: "TAB-CORE", module: "products", on: "2026-01-14"),
            .completeModule(agent: agent, program: "TAB-CORE", module: "tools", on: "2026-01-16"),
            .recordAssessment(agent: agent, program: "TAB-CORE", attempt: 1, scorePercent: 90, on: "2026-01-19"),
            .startNesting(agent: agent, program: "TAB-CORE", on: "2026-01-20"),
        ] + (1...3).map { index in
            .recordNestingQA(agent: agent, program: "TAB-CORE", evaluationID: "NQ-\(agent)-\(index)", evaluator: "Team lead",
                             score: 90, on: LocalDate(year: 2026, month: 1, day: 21 + index)!)
        } + [.certify(agent: agent, program: "TAB-CORE", on: "2026-02-13")]
        for step in steps { _ = try await run.run(step) }
    }

    /// Reports every half hour in `[from, until)` with the world's daily shape.
    func report(from: Date, until: Date) async throws {
        var byStream: [String: [NewEvent]] = [:]
        var start = from
        while start < until {
            let hour = (Int(start.timeIntervalSince1970) - 5 * 3600) % 86_400 / 3600  // New York (EST) hour
            let offered = (8..<20).contains(hour) ? 40 : 10
            let report = ContactIntervalReport(queueID: Self.queue, start: start, length: .thirtyMinutes, figures: ContactIntervalFigures(
                offered: offered, handled: offered, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: offered,
                handleSeconds: offered * 300))
            for event in try ContactIntervals.decide(report, state: nil) {
                byStream[ContactIntervals.streamID(for: report).rawValue, default: []].append(try event.newEvent(metadata: EventMetadata()))
            }
            start += 1800
        }
        _ = try await store.appendBulk(byStream.keys.sorted().map { StreamAppend(stream: StoredStream($0), events: byStream[$0]!) })
    }

    /// Catches every read model up with everything committed, waiting while a transaction
    /// open elsewhere on the shared test server holds events back.
    func settle() async throws {
        if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
    }
}
