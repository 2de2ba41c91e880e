/// Why a held-out interval was left out of a backtest's scores.
///
/// Exists so a backtest never scores what is not demand (an unreported interval read as
/// zero, a closed day, an outage) and a scheduler can see each exclusion and its reason in
/// the `--intervals` file instead of trusting a silently filtered figure.
public enum ScoringExclusion: String, Sendable, Hashable, Codable, CaseIterable {
    /// The queue was open by its hours but the interval was not reported (``IntervalSeries/missing``).
    case missing
    /// The queue was closed all day (a recorded queue closure, ``KnownDays/closures``).
    case closed
    /// A public holiday of the market on which the queue was closed (recorded, or nothing reported).
    case holidayClosed = "holiday_closed"
    /// A whole open day without a single reported interval.
    case feedGap = "feed_gap"
    /// Reported volume far below the same weekday's recent level (``OutlierScreen``).
    case outage
}
