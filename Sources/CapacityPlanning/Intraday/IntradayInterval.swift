import Foundation

/// One interval of a queue's day as the intraday view takes it in: the published forecast,
/// what was reported, and the eligible agents scheduled.
public struct IntradayInterval: Sendable, Hashable {
    public let start: Date
    /// Published P50 contacts; nil where no published forecast covers the interval.
    public let forecast: Double?
    /// The interval's reported figures; nil while it is not reported.
    public let actual: IntradayActual?
    /// Agents scheduled on the queue who count (live, speaking its language, certified).
    public let eligible: Int

    public init(start: Date, forecast: Double?, actual: IntradayActual?, eligible: Int) {
        self.start = start
        self.forecast = forecast
        self.actual = actual
        self.eligible = eligible
    }
}

/// A reported interval's figures the intraday view needs: offered, and the service level's
/// numerator and denominator (answered in time; offered less short abandons).
public struct IntradayActual: Sendable, Hashable {
    public let offered: Int
    public let answeredInTime: Int
    public let counted: Int

    public init(offered: Int, answeredInTime: Int, counted: Int) {
        self.offered = offered
        self.answeredInTime = answeredInTime
        self.counted = counted
    }

    /// Answered in time / counted; nil when nothing counts.
    public var serviceLevel: Double? { counted > 0 ? Double(answeredInTime) / Double(counted) : nil }
}
