/// Why a scorecard setting was refused, in a sentence a site director understands.
public enum ScorecardConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case negativeWeight(ScorecardMetric, Double)
    case weightsDoNotAddUp(Double)
    case targetNotPositive(String, Double)
    case capBelowTarget(Double)
    case negativeCredibilityConstant(ScorecardMetric, Double)
    case negativeMinimum(String, Int)

    public var description: String {
        switch self {
        case let .negativeWeight(metric, weight):
            "The weight of \(metric.name) must not be negative, but was \(weight)."
        case let .weightsDoNotAddUp(total):
            "The scorecard weights must add up to 100%, but add up to \(Self.percent(total))."
        case let .targetNotPositive(name, value):
            "The target \(name) must be greater than zero, but was \(value)."
        case let .capBelowTarget(cap):
            "The cap must be at least 1 (the target itself), but was \(cap)."
        case let .negativeCredibilityConstant(metric, k):
            "The credibility constant of \(metric.name) must not be negative, but was \(k)."
        case let .negativeMinimum(name, value):
            "The eligibility minimum \(name) must not be negative, but was \(value)."
        }
    }

    private static func percent(_ share: Double) -> String {
        "\((share * 1000).rounded() / 10)%"
    }
}
