import CallboardDomain

/// The interval length coverage is kept and reported in: 30 minutes, aligned in UTC.
/// Queues reporting in 15-minute intervals are still staffed per half hour.
public enum CoverageGrid {
    public static let length = IntervalLength.thirtyMinutes
}
