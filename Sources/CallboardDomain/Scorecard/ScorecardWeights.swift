/// How much each metric counts in the monthly score; site directors tune them, so they are a
/// value rather than constants. Weights are not negative and add up to 1.
///
/// Defaults, from common contact-centre scorecards: QA 30%, CSAT 25%, first contact
/// resolution 15%, schedule adherence 15%, handle time against target 10%, client
/// commendations 5%. Quality and what buyers say lead; handle time stays light so agents are
/// not pushed to rush buyers.
public struct ScorecardWeights: Hashable, Sendable, Codable {
    public let qualityAssurance: Double
    public let customerSatisfaction: Double
    public let firstContactResolution: Double
    public let adherence: Double
    public let handleTime: Double
    public let commendations: Double

    public init(qualityAssurance: Double = 0.30, customerSatisfaction: Double = 0.25,
                firstContactResolution: Double = 0.15, adherence: Double = 0.15, handleTime: Double = 0.10,
                commendations: Double = 0.05) throws(ScorecardConfigurationError) {
        self.qualityAssurance = qualityAssurance
        self.customerSatisfaction = customerSatisfaction
        self.firstContactResolution = firstContactResolution
        self.adherence = adherence
        self.handleTime = handleTime
        self.commendations = commendations
        for metric in ScorecardMetric.allCases where !(weight(of: metric) >= 0 && weight(of: metric).isFinite) {
            throw .negativeWeight(metric, weight(of: metric))
        }
        let total = ScorecardMetric.allCases.reduce(0) { $0 + weight(of: $1) }
        guard abs(total - 1) < 1e-9 else { throw .weightsDoNotAddUp(total) }
    }

    /// The defaults above.
    public static let standard: ScorecardWeights = {
        guard let weights = try? ScorecardWeights() else { preconditionFailure("the default weights add up to 1") }
        return weights
    }()

    public func weight(of metric: ScorecardMetric) -> Double {
        switch metric {
        case .qualityAssurance: qualityAssurance
        case .customerSatisfaction: customerSatisfaction
        case .firstContactResolution: firstContactResolution
        case .adherence: adherence
        case .handleTime: handleTime
        case .commendations: commendations
        }
    }
}
