import ArgumentParser
import CallboardDomain

/// The settings `scorecard configure` was given, parsed from `name=value` options, applied over
/// the configuration in force so that only what is named changes.
struct ScorecardChanges {
    var weights: [ScorecardMetric: Double] = [:]
    var targets: [String: Double] = [:]
    var handleTimes: [Channel: Double] = [:]
    var minimums: (contacts: Int?, qa: Int?, surveys: Int?)

    init(weights: [String], targets: [String], handleTimes: [String],
         minimums: (contacts: Int?, qa: Int?, surveys: Int?)) throws {
        let metrics = Dictionary(uniqueKeysWithValues: ScorecardMetric.allCases.map { ($0.abbreviation, $0) })
        for (name, value) in try Self.pairs(weights, option: "--weight") {
            guard let metric = metrics[name] else {
                throw ValidationError("--weight \(name)=...: the metrics are \(metrics.keys.sorted().joined(separator: ", "))")
            }
            self.weights[metric] = value / 100
        }
        for (name, value) in try Self.pairs(targets, option: "--target") {
            guard ["qa", "csat", "fcr", "adh", "comm", "cap"].contains(name) else {
                throw ValidationError("--target \(name)=...: the targets are qa, csat, fcr, adh, comm and cap")
            }
            self.targets[name] = value
        }
        for (name, value) in try Self.pairs(handleTimes, option: "--handle-time") {
            guard let channel = Channel(rawValue: name) else {
                throw ValidationError("--handle-time \(name)=...: the channels are voice, chat, email and social")
            }
            self.handleTimes[channel] = value
        }
        self.minimums = minimums
    }

    /// `current` with the given settings replaced, validated.
    func applied(to current: ScorecardConfiguration) throws(ScorecardConfigurationError) -> ScorecardConfiguration {
        let w = { (metric: ScorecardMetric) in weights[metric] ?? current.weights.weight(of: metric) }
        let t = current.targets, h = current.handleTime, e = current.eligibility
        let percent = { (name: String, old: Double) in targets[name].map { $0 / 100 } ?? old }
        return ScorecardConfiguration(
            weights: try ScorecardWeights(
                qualityAssurance: w(.qualityAssurance), customerSatisfaction: w(.customerSatisfaction),
                firstContactResolution: w(.firstContactResolution), adherence: w(.adherence), handleTime: w(.handleTime),
                commendations: w(.commendations)),
            targets: try ScorecardTargets(
                qaScore: targets["qa"] ?? t.qaScore, csatScore: targets["csat"] ?? t.csatScore,
                firstContactResolutionRate: percent("fcr", t.firstContactResolutionRate),
                adherenceRate: percent("adh", t.adherenceRate), commendationsPerMonth: targets["comm"] ?? t.commendationsPerMonth,
                cap: percent("cap", t.cap)),
            handleTime: try HandleTimeTargets(
                voice: handleTimes[.voice] ?? h.voice, chat: handleTimes[.chat] ?? h.chat,
                email: handleTimes[.email] ?? h.email, social: handleTimes[.social] ?? h.social),
            credibility: current.credibility,
            eligibility: try EligibilityRules(
                minimumContacts: minimums.contacts ?? e.minimumContacts, minimumQAEvaluations: minimums.qa ?? e.minimumQAEvaluations,
                minimumSurveys: minimums.surveys ?? e.minimumSurveys))
    }

    /// `qa=35` pairs; anything else is a usage error naming the option.
    private static func pairs(_ items: [String], option: String) throws -> [(String, Double)] {
        try items.map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError("\(option) must look like name=number, e.g. qa=35; got \(item)")
            }
            return (parts[0].lowercased(), value)
        }
    }
}
