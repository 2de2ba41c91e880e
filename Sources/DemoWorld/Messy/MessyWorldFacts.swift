/// What the messy world did to its queues' histories, so tests, the benchmark and a reader
/// can check that a backtest found it: every day is a market-local `yyyy-MM-dd`.
public struct MessyWorldFacts: Sendable, Hashable {
    /// The weekday call-centre queue (30-minute intervals, Mon-Fri, US).
    public let callCentreQueue: String
    /// The 24/7 retail queue (hourly arrivals in 30-minute rows, GB).
    public let retailQueue: String
    /// Public holidays the call centre closed on (history and the next 8 weeks), recorded as queue closures.
    public let holidayClosures: [String]
    /// Open weekdays of the call centre whose rows are missing from the export.
    public let feedGaps: [String]
    /// The call centre's telephony outage: a whole day at about 10% of normal.
    public let outage: String
    /// The client launch on the call centre: seven days of uplift (35% falling to 5%), not recorded.
    public let launch: [String]
    /// The retail queue's Christmas seasons in its history (years).
    public let christmasSeasons: [Int]
}
