import CallboardDomain

/// One metric of one agent's scorecard, with every step visible so an award can be explained:
/// the raw figure, its normalised value against target (capped), the site mean it is shrunk
/// toward, the credibility of the agent's own figure, the shrunk value, and the points it adds.
public struct MetricComponent: Hashable, Sendable {
    public let metric: ScorecardMetric
    /// The agent's figure as measured: an average score, a rate, average handle seconds or a
    /// count. Nil when the agent has no data for the metric.
    public let raw: Double?
    /// How many observations `raw` rests on, in the metric's `sampleUnit`.
    public let sampleSize: Double
    /// `raw` against its target (1 = on target), capped.
    public let normalised: Double?
    /// The site's pooled normalised figure; nil when nobody at the site has data.
    public let siteMean: Double?
    /// The weight of the agent's own figure, `n / (n + k)`; the site mean gets the rest.
    public let credibility: Double
    /// `credibility × normalised + (1 − credibility) × siteMean`.
    public let shrunk: Double
    public let weight: Double
    /// The points this metric adds to the score: `weight × shrunk × 100`.
    public let points: Double

    init(_ metric: ScorecardMetric, _ facts: AgentMonthFacts, siteMean: Double?,
         _ configuration: ScorecardConfiguration) {
        let reading = metric.reading(facts)
        self.metric = metric
        raw = reading.raw
        sampleSize = reading.sampleSize
        normalised = reading.raw.map { metric.normalised($0, facts, configuration.targets) }
        self.siteMean = siteMean
        credibility = switch (normalised, siteMean) {
        case (nil, _): 0
        case (_, nil): 1
        default: configuration.credibility.credibility(of: metric, sampleSize: reading.sampleSize)
        }
        shrunk = credibility * (normalised ?? 0) + (1 - credibility) * (siteMean ?? 0)
        weight = configuration.weights.weight(of: metric)
        points = weight * shrunk * 100
    }
}
