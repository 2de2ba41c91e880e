import CallboardDomain
import Foundation
@testable import Scorecards

/// Agent months for scorecard tests: by default every figure is exactly on the standard
/// targets and every eligibility minimum is cleared.
enum MonthFacts {
    /// `fives` five-star and `fours` four-star surveys.
    static func surveys(fives: Int, fours: Int) -> [Int] {
        Array(repeating: 5, count: fives) + Array(repeating: 4, count: fours)
    }

    static func onTarget(
        _ agent: AgentID, qa: [Double] = [90, 90, 90, 90], csat: [Int] = surveys(fives: 10, fours: 10),
        contacts: Int = 600, commendations: Int = 1
    ) -> AgentMonthFacts {
        AgentMonthFacts(
            agentID: agent, qaScores: qa, csatScores: csat, contactsHandled: contacts,
            firstContactResolutions: contacts * 3 / 4, handleSeconds: contacts * 300, handleTimeTargetSeconds: 300,
            scheduledSeconds: 576_000, adherentSeconds: 529_920, commendations: commendations)
    }

    /// Weights on QA and CSAT only, and a QA target of 80 so that 96 and above hit the cap:
    /// a site where equal scores are easy to build.
    static func qualityOnly() throws -> ScorecardConfiguration {
        ScorecardConfiguration(
            weights: try ScorecardWeights(qualityAssurance: 0.5, customerSatisfaction: 0.5, firstContactResolution: 0,
                                          adherence: 0, handleTime: 0, commendations: 0),
            targets: try ScorecardTargets(qaScore: 80))
    }
}

extension AwardStandings {
    /// The agent ids in standings order.
    var order: [AgentID] { entries.map(\.agentID) }
}
