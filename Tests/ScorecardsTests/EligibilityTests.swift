import CallboardDomain
import Foundation
import Testing
@testable import Scorecards

@Suite("Scorecards: eligibility rules, applied and reported")
struct EligibilityTests {
    @Test func everyRuleIsReportedWithItsFigures() throws {
        var everything = MonthFacts.onTarget("A-9", qa: [95, 95], csat: [5, 5, 5], contacts: 150)
        everything.liveWholeMonth = false
        everything.certifiedWholeMonth = false
        everything.disciplinaryFlag = true
        let reasons = EligibilityRules.standard.reasons(everything)
        #expect(reasons == [
            .notLiveWholeMonth, .notCertifiedWholeMonth, .disciplinaryFlag, .tooFewContacts(150, minimum: 200),
            .tooFewQAEvaluations(2, minimum: 4), .tooFewSurveys(3, minimum: 10),
        ])
        #expect(reasons.map(\.description) == [
            "not live for the whole month", "not certified for the whole month", "a disciplinary flag this month",
            "150 contacts handled, 200 needed", "2 QA evaluations, 4 needed", "3 surveys, 10 needed",
        ])
        #expect(EligibilityRules.standard.reasons(MonthFacts.onTarget("A-1")).isEmpty)
    }

    @Test func aHighScoreDoesNotWinWithoutEligibility() throws {
        var flagged = MonthFacts.onTarget("A-0", qa: [100, 100, 100, 100], commendations: 4)
        flagged.disciplinaryFlag = true
        var uncertified = MonthFacts.onTarget("A-00", qa: [99, 99, 99, 99])
        uncertified.certifiedWholeMonth = false
        let standings = try AwardStandings(site: "SCZ", month: "2026-11", facts: [
            flagged, MonthFacts.onTarget("A-2"), uncertified, MonthFacts.onTarget("A-1", qa: [92, 92, 92, 92]),
        ])
        #expect(standings.order == ["A-1", "A-2", "A-0", "A-00"])
        #expect(standings.eligible.map(\.rank) == [1, 2])
        #expect(standings.ineligible.map(\.rank) == [nil, nil])
        #expect(standings.entry(for: "A-0")?.ineligibility == [.disciplinaryFlag])
        #expect(standings.entry(for: "A-00")?.ineligibility == [.notCertifiedWholeMonth])
        let flaggedScore = try #require(standings.entry(for: "A-0")?.score)
        #expect(flaggedScore > standings.winner?.score ?? .infinity)
        #expect(standings.winner?.agentID == "A-1")
    }

    @Test func aMonthWithNobodyEligibleHasNoWinner() throws {
        let standings = try AwardStandings(site: "SCZ", month: "2026-11", facts: [
            MonthFacts.onTarget("A-1", contacts: 20),
        ])
        #expect(standings.winner == nil)
        #expect(standings.grant(at: Date(timeIntervalSince1970: 0), by: "director") == nil)
    }

    @Test func inconsistentFactsAreRefusedRatherThanScored() throws {
        #expect(throws: ScorecardInputError.agentListedTwice("A-1")) {
            try AwardStandings(site: "SCZ", month: "2026-11",
                               facts: [MonthFacts.onTarget("A-1"), MonthFacts.onTarget("A-1")])
        }
        var broken = MonthFacts.onTarget("A-2")
        broken.firstContactResolutions = 700
        broken.csatScores = [6]
        let refusal = ScorecardInputError.inconsistentFacts(
            "A-2", ["CSAT scores must be 1 to 5", "first contact resolutions cannot exceed contacts handled"])
        #expect(throws: refusal) { try AwardStandings(site: "SCZ", month: "2026-11", facts: [broken]) }
        #expect(refusal.description == "The facts of agent A-2 are inconsistent: CSAT scores must be 1 to 5; "
            + "first contact resolutions cannot exceed contacts handled.")
    }
}
