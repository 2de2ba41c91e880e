/// A site's scorecard settings over time: every configuration recorded, oldest first.
public struct SiteScorecardState: Sendable, Equatable {
    public internal(set) var configurations: [ScorecardConfigured] = []

    public init() {}

    /// The settings in force for `month`: the configuration with the latest `effectiveFrom`
    /// not after the month, the last recorded among equals; nil when none applies yet (the
    /// site is scored with ``ScorecardConfiguration/standard``).
    public func entry(for month: LocalMonth) -> ScorecardConfigured? {
        configurations.enumerated()
            .filter { $0.element.effectiveFrom <= month }
            .max { ($0.element.effectiveFrom, $0.offset) < ($1.element.effectiveFrom, $1.offset) }?.element
    }

    /// The configuration `month` is scored with.
    public func configuration(for month: LocalMonth) -> ScorecardConfiguration {
        entry(for: month)?.configuration ?? .standard
    }
}
