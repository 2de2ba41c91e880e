import CallboardDomain
import Foundation
import Scorecards

/// A Manila site for the award reports, written through the domain's deciders: a tablet
/// account with a voice queue (requiring the TAB-BASICS program) and a chat queue, and agents
/// whose November 2026 facts each test adds.
struct AwardWorld {
    var log: WorldLog
    private var quality: [AgentID: AgentQualityState] = [:]
    private var stats: [String: AgentIntervalStats.State] = [:]

    static let program = CertificationRequirements(
        modules: [TrainingModule("basics", title: "Tablet basics")],
        assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 2),
        nesting: NestingRule(days: 14, minimumEvaluations: 1, minimumAverageScore: 80), validityMonths: 12)

    static let define = DefineTrainingProgram(
        programID: "TAB-BASICS", accountID: "TAB", name: "Tablet basics", scope: ProgramScope(queues: ["TAB-V"]),
        requirements: program, definedOn: "2025-01-01")

    /// MNL, the TAB account with TAB-V (voice) and TAB-C (chat), and TAB-BASICS required on TAB-V.
    init(_ log: WorldLog) async throws {
        self.log = log
        try await self.log.openSite("MNL", zone: "Asia/Manila", languages: ["en", "tl"])
        try await self.log.signAccount("TAB")
        try await self.log.openQueue("TAB-V", account: "TAB", zone: "America/New_York")
        try await self.log.openQueue("TAB-C", account: "TAB", channel: .chat, zone: "America/New_York")
        _ = try await self.log.record(TrainingProgram.self, .define(Self.define), state: nil, context: programContext)
    }

    /// Hires a live agent (since 2025) and certifies them on TAB-BASICS from 2025-03-03 unless told not to.
    mutating func agent(_ id: AgentID, certified: Bool = true, status: AgentStatus = .live) async throws {
        try await log.hire(id, at: "MNL", status: status, on: "2025-01-06")
        guard certified, let program = try programState() else { return }
        let context = CertificationContext(program: program, agent: log.agents[id], site: log.sites["MNL"])
        var state: CertificationState?
        let steps: [CertificationCommand] = [
            .enrol(agent: id, program: "TAB-BASICS", on: "2025-02-03"),
            .completeModule(agent: id, program: "TAB-BASICS", module: "basics", on: "2025-02-05"),
            .recordAssessment(agent: id, program: "TAB-BASICS", attempt: 1, scorePercent: 90, on: "2025-02-10"),
            .startNesting(agent: id, program: "TAB-BASICS", on: "2025-02-11"),
            .recordNestingQA(agent: id, program: "TAB-BASICS", evaluationID: "N-\(id)", evaluator: "qa.lee", score: 90,
                             on: "2025-02-20"),
            .certify(agent: id, program: "TAB-BASICS", on: "2026-03-03"),
        ]
        for step in steps { state = try await log.record(Certification.self, step, state: state, context: context) }
    }

    private func programState() throws -> TrainingProgramState? {
        TrainingProgram.fold(try TrainingProgram.decide(.define(Self.define), state: nil, context: programContext))
    }

    private var programContext: TrainingProgramContext {
        TrainingProgramContext(account: log.accounts["TAB"], accountQueues: ["TAB-V", "TAB-C"])
    }

    /// One interval of work: `contacts` at 300 s each, all resolved, 1,800 s scheduled and adherent.
    mutating func work(_ agent: AgentID, _ queue: QueueID = "TAB-V", at start: Date, contacts: Int, resolved: Int? = nil) async throws {
        let figures = AgentIntervalFigures(contactsHandled: contacts, handleSeconds: contacts * 300,
                                           firstContactResolutions: resolved ?? contacts, scheduledSeconds: 1_800,
                                           adherentSeconds: 1_800)
        let report = AgentIntervalStatsReport(agentID: agent, queueID: queue, start: start, length: .thirtyMinutes, figures: figures)
        let stream = AgentIntervalStats.streamID(for: report).rawValue
        stats[stream] = try await log.record(AgentIntervalStats.self, report, state: stats[stream], context: ())
    }

    /// A quality fact or disciplinary case.
    mutating func quality(_ command: AgentQualityCommand) async throws {
        quality[command.agentID] = try await log.record(AgentQuality.self, command, state: quality[command.agentID], context: ())
    }

    /// QA `scores` and CSAT `surveys` on 10 November, an hour apart.
    mutating func scores(_ agent: AgentID, qa: [Double], csat: [Int]) async throws {
        for (index, score) in qa.enumerated() {
            try await quality(.recordQAEvaluation(agent: agent, queue: "TAB-V", evaluator: "qa.lee", score: score,
                                                  at: utc("2026-11-10T01:00:00Z") + Double(index) * 3_600))
        }
        for (index, score) in csat.enumerated() {
            try await quality(.recordCSATSurvey(agent: agent, queue: "TAB-V", contactID: "C-\(agent)-\(index)", score: score,
                                                at: utc("2026-11-10T02:00:00Z") + Double(index) * 3_600))
        }
    }

    /// MNL's scorecard from November 2026, configured on 15 October, with small minimums.
    func configureSmallMinimums(weights: ScorecardWeights = .standard) async throws -> ScorecardConfiguration {
        let configuration = ScorecardConfiguration(
            weights: weights, eligibility: try EligibilityRules(minimumContacts: 10, minimumQAEvaluations: 2, minimumSurveys: 2))
        _ = try await log.record(
            SiteScorecard.self,
            ConfigureScorecard(siteID: "MNL", effectiveFrom: "2026-11", configuration: configuration,
                               configuredAt: utc("2026-10-15T02:00:00Z"), configuredBy: "director.cruz"),
            state: nil, context: SiteScorecardContext(site: log.sites["MNL"]))
        return configuration
    }
}
