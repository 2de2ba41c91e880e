import CallboardDomain

/// How each metric is read from an agent's facts, normalised against its target, and pooled
/// over the site: the arithmetic behind every scorecard component.
extension ScorecardMetric {
    /// The agent's raw figure (nil without data) and how many observations it rests on, in
    /// `sampleUnit`: QA and CSAT averages, FCR and adherence rates, average handle seconds,
    /// and the commendation count.
    func reading(_ facts: AgentMonthFacts) -> (raw: Double?, sampleSize: Double) {
        switch self {
        case .qualityAssurance:
            (Self.mean(facts.qaScores), Double(facts.qaScores.count))
        case .customerSatisfaction:
            (Self.mean(facts.csatScores.map(Double.init)), Double(facts.csatScores.count))
        case .firstContactResolution:
            (Self.ratio(facts.firstContactResolutions, facts.contactsHandled), Double(facts.contactsHandled))
        case .adherence:
            (Self.ratio(facts.adherentSeconds, facts.scheduledSeconds), Double(facts.scheduledSeconds) / 3_600)
        case .handleTime:
            (Self.ratio(facts.handleSeconds, facts.contactsHandled), Double(facts.contactsHandled))
        case .commendations:
            (Double(facts.commendations), 1)
        }
    }

    /// `raw` against its target, capped: 1 is on target. For handle time shorter is better,
    /// so it is the target over the actual average.
    func normalised(_ raw: Double, _ facts: AgentMonthFacts, _ targets: ScorecardTargets) -> Double {
        let share: Double = switch self {
        case .qualityAssurance: raw / targets.qaScore
        case .customerSatisfaction: raw / targets.csatScore
        case .firstContactResolution: raw / targets.firstContactResolutionRate
        case .adherence: raw / targets.adherenceRate
        case .handleTime: raw > 0 ? facts.handleTimeTargetSeconds / raw : targets.cap
        case .commendations: raw / targets.commendationsPerMonth
        }
        return min(targets.cap, share)
    }

    /// The site's figure pooled over every agent's observations, normalised and capped the
    /// same way: what small samples are shrunk toward. Nil when nobody at the site has data.
    func siteMean(_ site: [AgentMonthFacts], _ targets: ScorecardTargets) -> Double? {
        func total(_ figure: (AgentMonthFacts) -> Int) -> Int { site.reduce(0) { $0 + figure($1) } }
        let pooled: Double? = switch self {
        case .qualityAssurance:
            Self.mean(site.flatMap(\.qaScores)).map { $0 / targets.qaScore }
        case .customerSatisfaction:
            Self.mean(site.flatMap(\.csatScores).map(Double.init)).map { $0 / targets.csatScore }
        case .firstContactResolution:
            Self.ratio(total(\.firstContactResolutions), total(\.contactsHandled))
                .map { $0 / targets.firstContactResolutionRate }
        case .adherence:
            Self.ratio(total(\.adherentSeconds), total(\.scheduledSeconds)).map { $0 / targets.adherenceRate }
        case .handleTime:
            // Target workload over actual workload: each agent's target weighted by their contacts.
            total(\.handleSeconds) == 0 ? nil
                : site.reduce(0) { $0 + $1.handleTimeTargetSeconds * Double($1.contactsHandled) }
                    / Double(total(\.handleSeconds))
        case .commendations:
            Self.mean(site.map { Double($0.commendations) }).map { $0 / targets.commendationsPerMonth }
        }
        return pooled.map { min(targets.cap, $0) }
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
