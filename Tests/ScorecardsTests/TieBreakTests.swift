import CallboardDomain
import Foundation
import Testing
@testable import Scorecards

@Suite("Scorecards: ties are broken by a stated, deterministic rule")
struct TieBreakTests {
    @Test func equalScoresGoToTheHigherQAAverage() throws {
        // Both QA averages are far above the 80 target, so both are capped and the scores tie.
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [
            MonthFacts.onTarget("A-99", qa: [99, 99, 99, 99]), MonthFacts.onTarget("Z-100", qa: [100, 100, 100, 100]),
        ], configuration: try MonthFacts.qualityOnly())
        #expect(standings.eligible[0].score == standings.eligible[1].score)
        #expect(standings.order == ["Z-100", "A-99"])
        #expect(standings.tieBreaks == [TieBreak(ahead: "Z-100", behind: "A-99", score: standings.eligible[0].score,
                                                 decidedBy: .higherQAAverage)])
    }

    @Test func thenMoreContactsHandled() throws {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [
            MonthFacts.onTarget("A-CALM", contacts: 600), MonthFacts.onTarget("Z-BUSY", contacts: 700),
        ], configuration: try MonthFacts.qualityOnly())
        #expect(standings.order == ["Z-BUSY", "A-CALM"])
        #expect(standings.tieBreaks.map(\.decidedBy) == [.moreContactsHandled])
    }

    @Test func thenTheAgentID() throws {
        let facts = [MonthFacts.onTarget("A-2"), MonthFacts.onTarget("A-10"), MonthFacts.onTarget("A-1")]
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: facts)
        #expect(standings.order == ["A-1", "A-10", "A-2"])
        #expect(standings.tieBreaks.map(\.decidedBy) == [.agentID, .agentID])
        #expect(standings.tieBreaks[0].description == "A-1 and A-10 both scored \(standings.eligible[0].score); "
            + "A-1 ranks ahead on agent id in alphabetical order.")
        let reversed = try AwardStandings(site: "MNL", month: "2026-11", facts: facts.reversed())
        #expect(reversed.order == standings.order)
    }

    @Test func differentScoresNeedNoTieBreak() throws {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: [
            MonthFacts.onTarget("A-1"), MonthFacts.onTarget("A-2", commendations: 2),
        ])
        #expect(standings.order == ["A-2", "A-1"])
        #expect(standings.tieBreaks.isEmpty)
    }
}
