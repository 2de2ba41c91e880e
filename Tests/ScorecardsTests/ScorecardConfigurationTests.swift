import CallboardDomain
import Foundation
import Testing
@testable import Scorecards

@Suite("Scorecards: configurable weights, targets and constants")
struct ScorecardConfigurationTests {
    @Test func theDefaultsFollowCommonPractice() {
        let weights = ScorecardWeights.standard
        #expect(ScorecardMetric.allCases.map { weights.weight(of: $0) } == [0.30, 0.25, 0.15, 0.15, 0.10, 0.05])
        #expect(ScorecardTargets.standard.cap == 1.2)
        #expect(CredibilityConstants.standard.k(for: .customerSatisfaction) == 10)
        #expect(EligibilityRules.standard.minimumContacts == 200)
        #expect(ScorecardConfiguration.standard.weights == weights)
    }

    @Test func weightsMustAddUpToOne() throws {
        let error = #expect(throws: ScorecardConfigurationError.self) { try ScorecardWeights(qualityAssurance: 0.4) }
        guard case let .weightsDoNotAddUp(total)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(abs(total - 1.1) < 1e-9)
        #expect(error?.description == "The scorecard weights must add up to 100%, but add up to 110.0%.")
        #expect(throws: ScorecardConfigurationError.negativeWeight(.handleTime, -0.1)) {
            try ScorecardWeights(qualityAssurance: 0.5, handleTime: -0.1)
        }
    }

    @Test func targetsAndConstantsMustBeUsable() {
        #expect(throws: ScorecardConfigurationError.targetNotPositive("csatScore", 0)) {
            try ScorecardTargets(csatScore: 0)
        }
        #expect(throws: ScorecardConfigurationError.capBelowTarget(0.9)) { try ScorecardTargets(cap: 0.9) }
        #expect(throws: ScorecardConfigurationError.negativeCredibilityConstant(.qualityAssurance, -1)) {
            try CredibilityConstants(qaEvaluations: -1)
        }
        #expect(throws: ScorecardConfigurationError.negativeMinimum("minimumSurveys", -1)) {
            try EligibilityRules(minimumSurveys: -1)
        }
    }

    @Test func credibilityGrowsWithTheSample() {
        let constants = CredibilityConstants.standard
        #expect(constants.credibility(of: .customerSatisfaction, sampleSize: 0) == 0)
        #expect(constants.credibility(of: .customerSatisfaction, sampleSize: 10) == 0.5)
        #expect(constants.credibility(of: .qualityAssurance, sampleSize: 12) == 0.75)
        #expect(constants.credibility(of: .commendations, sampleSize: 1) == 1)
    }
}
