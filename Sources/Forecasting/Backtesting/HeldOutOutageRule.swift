/// When a reported day is an outage rather than demand: it reported less than `threshold`
/// of what the same weekday reported over the same local times in the recent clean weeks.
///
/// Exists so a backtest neither scores a telephony outage or a routing error (the model
/// would be blamed for the platform's failure) nor lets the seasonal-naive yardstick repeat
/// one. The reference is the queue's own history, never the model under test, so the rule
/// cannot flatter the model by excluding the days it got wrong. Public holidays, closed days,
/// feed gaps and days a user confirmed as real are never flagged. This is the backtest's rule
/// for held-out days; the model's own training screen (issue 12, item 3) may differ.
public struct HeldOutOutageRule: Sendable, Hashable {
    /// A day reporting less than this share of its expected volume is an outage.
    public var threshold: Double
    /// The same weekday in up to this many earlier clean weeks is the reference (median).
    public var referenceWeeks: Int
    /// How far back to look for clean reference weeks.
    public var lookBackWeeks: Int
    /// Days expected below this many contacts are never flagged (too few to tell).
    public var minimumExpected: Double

    public init(threshold: Double = 0.5, referenceWeeks: Int = 4, lookBackWeeks: Int = 8, minimumExpected: Double = 20) {
        self.threshold = threshold
        self.referenceWeeks = referenceWeeks
        self.lookBackWeeks = lookBackWeeks
        self.minimumExpected = minimumExpected
    }

    /// The expected volume from the reference days' totals (nil when fewer than two exist),
    /// and whether `actual` falls below the threshold of it.
    public func judge(actual: Double, references: [Double]) -> (expected: Double?, isOutage: Bool) {
        guard references.count >= 2 else { return (nil, false) }
        let sorted = references.sorted()
        let middle = sorted.count / 2
        let expected = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return (expected, expected >= minimumExpected && actual < threshold * expected)
    }
}
