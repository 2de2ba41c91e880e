import CallboardDomain
import Foundation
import Testing
@testable import Scorecards

@Suite("Scorecards: normalising, capping and shrinking small samples")
struct ShrinkageTests {
    /// LUCKY has one 5-star survey; STEADY 40 surveys averaging 4.6; three others average 4.2.
    private let site = [
        MonthFacts.onTarget("LUCKY", csat: [5]),
        MonthFacts.onTarget("STEADY", csat: MonthFacts.surveys(fives: 24, fours: 16)),
        MonthFacts.onTarget("A-1", csat: MonthFacts.surveys(fives: 4, fours: 16)),
        MonthFacts.onTarget("A-2", csat: MonthFacts.surveys(fives: 4, fours: 16)),
        MonthFacts.onTarget("A-3", csat: MonthFacts.surveys(fives: 4, fours: 16)),
    ]

    private func everyoneEligible() throws -> ScorecardConfiguration {
        ScorecardConfiguration(eligibility: try EligibilityRules(minimumSurveys: 0))
    }

    @Test func oneLuckySurveyDoesNotBeatFortyGoodOnes() throws {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: site,
                                           configuration: try everyoneEligible())
        let lucky = try #require(standings.entry(for: "LUCKY")?.component(.customerSatisfaction))
        let steady = try #require(standings.entry(for: "STEADY")?.component(.customerSatisfaction))
        let luckyNormalised = try #require(lucky.normalised), steadyNormalised = try #require(steady.normalised)
        #expect(lucky.raw == 5 && steady.raw == 4.6)
        #expect(luckyNormalised > steadyNormalised)
        #expect(lucky.credibility == 1.0 / 11 && steady.credibility == 0.8)
        let siteMean = try #require(lucky.siteMean)
        #expect(abs(siteMean - 441.0 / 101 / 4.5) < 1e-12)  // pooled: 441 stars over 101 surveys
        #expect(abs(lucky.shrunk - (luckyNormalised / 11 + siteMean * 10 / 11)) < 1e-12)
        #expect(steady.shrunk > lucky.shrunk)
        #expect(standings.winner?.agentID == "STEADY")
        #expect(standings.order.prefix(2) == ["STEADY", "LUCKY"])
    }

    @Test func withoutShrinkageTheLuckySurveyWouldWin() throws {
        var configuration = try everyoneEligible()
        configuration.credibility = try CredibilityConstants(surveys: 0)
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: site, configuration: configuration)
        #expect(standings.winner?.agentID == "LUCKY")
    }

    @Test func byDefaultASingleSurveyIsNotEnoughToCompete() throws {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: site)
        #expect(standings.entry(for: "LUCKY")?.ineligibility == [.tooFewSurveys(1, minimum: 10)])
        #expect(standings.winner?.agentID == "STEADY")
    }

    @Test func normalisedValuesAreCappedAtTheStatedShareOfTarget() throws {
        var star = MonthFacts.onTarget("STAR")
        star.firstContactResolutions = 600  // 100% against a 75% target: 1.33, capped at 1.2
        star.handleSeconds = 600 * 200  // 200 s against 300 s: 1.5, capped at 1.2
        var slow = MonthFacts.onTarget("SLOW")
        slow.handleSeconds = 600 * 400  // 400 s against 300 s: 0.75
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [star, slow])
        #expect(standings.entry(for: "STAR")?.component(.firstContactResolution)?.normalised == 1.2)
        #expect(standings.entry(for: "STAR")?.component(.handleTime)?.normalised == 1.2)
        #expect(standings.entry(for: "SLOW")?.component(.handleTime)?.normalised == 0.75)
        #expect(standings.entry(for: "SLOW")?.component(.handleTime)?.raw == 400)
        // Pooled handle time: 300 s of target per contact over 300 s actually spent on average.
        #expect(standings.siteMeans[.handleTime] == 1.0)
    }

    @Test func everyComponentAddsUpToTheScore() throws {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [
            MonthFacts.onTarget("A-1"), MonthFacts.onTarget("A-2", qa: [95, 85, 99, 92, 88], commendations: 3),
        ])
        let onTarget = try #require(standings.entry(for: "A-1"))
        for component in onTarget.components {
            #expect(component.weight == ScorecardWeights.standard.weight(of: component.metric))
            #expect(abs(component.points - component.weight * component.shrunk * 100) < 1e-9)
        }
        let total = onTarget.components.reduce(0) { $0 + $1.points }
        #expect(onTarget.score == (total * 100).rounded() / 100)
        #expect(onTarget.components.map(\.metric) == ScorecardMetric.allCases)
        let praised = try #require(standings.entry(for: "A-2")?.component(.commendations))
        #expect(praised.raw == 3 && praised.normalised == 1.2 && praised.credibility == 1)
        #expect(standings.winner?.agentID == "A-2")
    }

    @Test func anAgentWithNoDataForAMetricGetsTheSiteMean() throws {
        var silent = MonthFacts.onTarget("SILENT")
        silent.csatScores = []
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [silent, MonthFacts.onTarget("A-1")])
        let csat = try #require(standings.entry(for: "SILENT")?.component(.customerSatisfaction))
        #expect(csat.raw == nil && csat.normalised == nil && csat.credibility == 0)
        #expect(csat.shrunk == csat.siteMean)
    }
}
