import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Scorecards
import Testing

@Suite("Monthly awards from the award facts read model")
struct AwardsReportTests {
    /// Two certified live agents with November on target, the scorecard configured with small minimums.
    private static func twoAgents(_ world: inout AwardWorld) async throws -> ScorecardConfiguration {
        let configuration = try await world.configureSmallMinimums()
        for agent: AgentID in ["M1", "M2"] {
            try await world.agent(agent)
            try await world.work(agent, at: utc("2026-11-05T01:00:00Z"), contacts: 12)
            try await world.scores(agent, qa: [92, 94], csat: [5, 5, 4, 5])
        }
        return configuration
    }

    private func report(_ store: EventLog, _ month: LocalMonth = "2026-11") async throws -> AwardMonth {
        try await ReadModelHarness(store: store).live(AwardsReport(siteID: "MNL", month: month)).output
    }

    @Test func factsFallInTheSitesLocalMonth() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = try await AwardWorld(WorldLog(store: store))
            try await world.agent("M1")
            // 23:30 on 30 November in Manila: November.
            try await world.work("M1", at: utc("2026-11-30T15:30:00Z"), contacts: 3)
            // 00:30 on 1 December in Manila, though UTC still says 30 November: December.
            try await world.work("M1", at: utc("2026-11-30T16:30:00Z"), contacts: 5)
            // 07:30 on 1 November in Manila (23:30 UTC on 31 October): November.
            try await world.work("M1", "TAB-C", at: utc("2026-10-31T23:30:00Z"), contacts: 7)
            let november = try await report(store)
            let december = try await report(store, "2026-12")
            #expect(november.facts.map(\.contactsHandled) == [10])
            #expect(december.facts.map(\.contactsHandled) == [5])
            #expect(try await report(store, "2026-10").facts.isEmpty)
            // Handle time target: 3 voice contacts at 420 s and 7 chats at 540 s.
            let target: Double = (3 * 420 + 7 * 540) / 10
            #expect(november.facts.first?.handleTimeTargetSeconds == target)
        }
    }

    @Test func configuredWeightsAreUsedAndShrinkageIsShown() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = try await AwardWorld(WorldLog(store: store))
            let weights = try ScorecardWeights(qualityAssurance: 0.2, customerSatisfaction: 0.35)
            let configuration = try await world.configureSmallMinimums(weights: weights)
            try await world.agent("M1")
            try await world.work("M1", at: utc("2026-11-05T01:00:00Z"), contacts: 20)
            try await world.scores("M1", qa: [90, 90], csat: Array(repeating: 4, count: 20))
            try await world.agent("M3")
            try await world.work("M3", at: utc("2026-11-05T01:00:00Z"), contacts: 20)
            try await world.scores("M3", qa: [90, 90], csat: [5])
            let month = try await report(store)
            guard case let .configured(entry) = month.configurationSource else { Issue.record("\(month.configurationSource)"); return }
            #expect(entry.configuredBy == "director.cruz" && month.standings.configuration == configuration)

            // M3's one five-star survey counts 1 / (1 + 10); the site mean the rest.
            let csat = try #require(month.standings.entry(for: "M3")?.component(.customerSatisfaction))
            let siteMean = (20.0 * 4 + 5) / 21 / 4.5
            #expect(abs((csat.siteMean ?? 0) - siteMean) < 1e-12)
            #expect(abs(csat.credibility - 1.0 / 11) < 1e-12)
            #expect(csat.normalised == 1.1111111111111112)
            #expect(abs(csat.shrunk - (csat.credibility * 5 / 4.5 + (1 - csat.credibility) * siteMean)) < 1e-12)
            #expect(abs(csat.points - 0.35 * csat.shrunk * 100) < 1e-12)
            // One survey is also below the minimum of two.
            #expect(month.standings.entry(for: "M3")?.ineligibility == [.tooFewSurveys(1, minimum: 2)])
        }
    }

    @Test func everyIneligibleAgentIsListedWithEveryReason() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = try await AwardWorld(WorldLog(store: store))
            _ = try await Self.twoAgents(&world)
            try await world.agent("N1", certified: false, status: .nesting)
            try await world.work("N1", at: utc("2026-11-05T01:00:00Z"), contacts: 4)
            try await world.agent("D1")
            try await world.work("D1", "TAB-C", at: utc("2026-11-05T01:00:00Z"), contacts: 12)
            try await world.scores("D1", qa: [99, 99], csat: [5, 5])
            try await world.quality(.openDisciplinaryCase(agent: "D1", caseID: "HR-1", on: "2026-10-20", reason: "policy", by: "hr"))
            try await world.quality(.closeDisciplinaryCase(agent: "D1", caseID: "HR-1", on: "2026-11-02", outcome: "warning", by: "hr"))

            let month = try await report(store)
            #expect(month.standings.eligible.map(\.agentID) == ["M1", "M2"])
            #expect(month.standings.entry(for: "D1")?.ineligibility == [.disciplinaryFlag])
            #expect(month.standings.entry(for: "N1")?.ineligibility == [
                .notLiveWholeMonth, .notCertifiedWholeMonth, .tooFewContacts(4, minimum: 10),
                .tooFewQAEvaluations(0, minimum: 2), .tooFewSurveys(0, minimum: 2),
            ])
            // December: the case closed on 2 November no longer counts.
            try await world.work("D1", "TAB-C", at: utc("2026-12-05T01:00:00Z"), contacts: 12)
            let december = try await report(store, "2026-12")
            #expect(december.standings.entry(for: "D1")?.ineligibility.contains(.disciplinaryFlag) == false)
        }
    }

    @Test func equalScoresAreOrderedByTheStatedRule() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = try await AwardWorld(WorldLog(store: store))
            _ = try await Self.twoAgents(&world)
            let month = try await report(store)
            let (first, second) = (month.standings.entries[0], month.standings.entries[1])
            #expect(first.score == second.score)
            #expect(month.standings.tieBreaks.map(\.decidedBy) == [.agentID])
            #expect((first.agentID, first.rank, second.rank) == ("M1", 1, 2))
        }
    }

    @Test func aClosedMonthKeepsItsAwardAndShowsLaterDataBesideIt() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = try await AwardWorld(WorldLog(store: store))
            _ = try await Self.twoAgents(&world)
            let before = try await report(store)
            let grant = try #require(before.standings.grant(at: utc("2026-12-01T02:00:00Z"), by: "director.cruz"))
            _ = try await world.log.record(MonthlyAward.self, .grant(grant), state: nil,
                                           context: MonthlyAwardContext(site: world.log.sites["MNL"]))
            let closed = try await report(store)
            #expect(closed.award?.agentID == "M1" && closed.configurationSource == .award && !closed.hasLaterData)
            let harness = ReadModelHarness(store: store)
            let closedAt = try await harness.serverNow()

            // The site changes its weights from December, and a late survey for November arrives.
            _ = try await world.log.record(
                SiteScorecard.self,
                ConfigureScorecard(siteID: "MNL", effectiveFrom: "2026-12",
                                   configuration: ScorecardConfiguration(weights: try ScorecardWeights(qualityAssurance: 0.55,
                                                                                                     customerSatisfaction: 0)),
                                   configuredAt: utc("2026-12-02T02:00:00Z"), configuredBy: "director.cruz"),
                state: nil, context: SiteScorecardContext(site: world.log.sites["MNL"]))
            try await world.quality(.recordCSATSurvey(agent: "M2", queue: "TAB-V", contactID: "C-late", score: 5,
                                                      at: utc("2026-11-29T03:00:00Z")))
            let later = try await report(store)
            #expect(later.award?.agentID == "M1")
            #expect(later.award?.standings.map(\.agentID) == ["M1", "M2"])
            #expect(later.standings.winner?.agentID == "M2")
            #expect(later.laterData.contains(.winnerWouldDiffer(granted: "M1", fresh: "M2")))
            #expect(later.standings.configuration == before.standings.configuration)
            // As of the close, nothing had arrived after it.
            let asClosed = try await harness.reader.asOf(closedAt, AwardsReport(siteID: "MNL", month: "2026-11")).output
            #expect(asClosed.award?.agentID == "M1" && !asClosed.hasLaterData && asClosed.standings.winner?.agentID == "M1")
        }
    }
}
