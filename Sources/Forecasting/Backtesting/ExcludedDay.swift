/// A market-local day of a backtest's test window that was not scored, with the reason and
/// the figures behind it.
///
/// Exists so the backtest lists its exclusions by day (a feed gap, a holiday closure, an
/// outage) in the terms a scheduler checks against the telephony platform's own records.
public struct ExcludedDay: Sendable, Hashable {
    public let day: LocalDate
    public let reason: ScoringExclusion
    /// The closure's recorded reason or the holiday's name, when there is one.
    public let note: String?
    /// What the outage screen expected for the day's reported intervals (nil for other reasons).
    public let expected: Double?
    /// What was reported for the day (over its reported intervals).
    public let actual: Double

    public init(day: LocalDate, reason: ScoringExclusion, note: String? = nil, expected: Double? = nil,
                actual: Double) {
        self.day = day
        self.reason = reason
        self.note = note
        self.expected = expected
        self.actual = actual
    }
}
