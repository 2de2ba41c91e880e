/// How far a scheduler can trust a published queue forecast: `normal` when the model learned
/// from enough of the queue's own history, `low` when the forecast fell back on borrowed
/// shapes or levels (a new queue). Publications made before this existed read as `normal`.
public enum ForecastConfidence: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case normal
    case low

    public var description: String { rawValue }
}

/// A training day the forecaster kept out (an outage, a spike, a feed gap), as published with
/// the forecast so a scheduler can check it and confirm the day as real
/// (`callboard queue confirm-day`) if it was.
public struct PublishedFlaggedDay: Hashable, Sendable, Codable {
    public let day: LocalDate
    /// `feed_gap`, `outage` or `spike`.
    public let reason: String
    /// What the model expected for the day's total.
    public let expected: Double
    /// What was reported for the day's total.
    public let actual: Double

    public init(day: LocalDate, reason: String, expected: Double, actual: Double) {
        self.day = day
        self.reason = reason
        self.expected = expected
        self.actual = actual
    }
}
