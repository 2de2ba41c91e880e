/// The six measures a monthly scorecard combines, the common practice in contact centres:
/// quality (QA), what buyers say (CSAT), whether they had to come back (FCR), whether the
/// agent worked the schedule (adherence), speed against target (handle time), and praise from
/// the client (commendations).
public enum ScorecardMetric: String, Hashable, Sendable, Codable, CaseIterable {
    case qualityAssurance
    case customerSatisfaction
    case firstContactResolution
    case adherence
    case handleTime
    case commendations

    /// The metric as a site director names it.
    public var name: String {
        switch self {
        case .qualityAssurance: "QA score"
        case .customerSatisfaction: "CSAT"
        case .firstContactResolution: "first contact resolution"
        case .adherence: "schedule adherence"
        case .handleTime: "handle time against target"
        case .commendations: "client commendations"
        }
    }

    /// What the sample size of the metric counts, for explanations.
    public var sampleUnit: String {
        switch self {
        case .qualityAssurance: "evaluations"
        case .customerSatisfaction: "surveys"
        case .firstContactResolution, .handleTime: "contacts"
        case .adherence: "scheduled hours"
        case .commendations: "months"
        }
    }
}
