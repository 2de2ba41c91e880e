/// A local day whose volume is far from what the model expected: a telephony outage, a
/// routing error or a feed gap, kept out of training (and scoring) unless a user confirms
/// it as real (``KnownDays/confirmedReal``).
///
/// Exists so the forecaster's exclusions are visible: a scheduler reads them in the run
/// report and the backtest and can overrule them.
public struct FlaggedDay: Sendable, Hashable, Codable {
    /// Why the day was flagged.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The queue was open by its hours but no interval of the day was reported.
        case feedGap = "feed_gap"
        /// Reported volume far below what the model expected.
        case outage
        /// Reported volume far above what the model expected, with no campaign or peak to explain it.
        case spike
    }

    public let day: LocalDate
    public let reason: Reason
    /// What the model expected for the day's total (0 when it had nothing to expect from).
    public let expected: Double
    /// What was reported for the day's total (over its reported intervals).
    public let actual: Double

    public init(day: LocalDate, reason: Reason, expected: Double, actual: Double) {
        self.day = day
        self.reason = reason
        self.expected = expected
        self.actual = actual
    }
}
