import Foundation

/// The length of the UTC intervals demand, staffing and service level are counted in: 15, 30
/// or 60 minutes, as contact systems report (hourly exports are common in telephony and retail).
///
/// The one interval-length type of Callboard (it replaced the forecaster's `IntervalSeries.Length`).
/// Intervals start on multiples of their length since 1970-01-01 00:00 UTC (e.g. :00, :15,
/// :30, :45), whatever timezone the reader later shows them in, so interval arithmetic is
/// whole seconds and any other granularity is refused. One stream (a queue's or an agent's)
/// keeps the length of its first report (`IntervalRejection.lengthMismatch` in the domain).
public enum IntervalLength: Int, Sendable, Hashable, Codable, CaseIterable {
    case fifteenMinutes = 15
    case thirtyMinutes = 30
    case sixtyMinutes = 60

    public var minutes: Int { rawValue }
    public var seconds: Int { rawValue * 60 }
    /// Intervals in a 24-hour day (96, 48 or 24).
    public var perDay: Int { 1440 / rawValue }
    /// Intervals in a week of 24-hour days (672, 336 or 168).
    public var perWeek: Int { 7 * perDay }

    /// Whether `instant` is the start of an interval of this length.
    public func isAligned(_ instant: Date) -> Bool {
        let seconds = instant.timeIntervalSince1970
        return seconds.rounded(.down) == seconds && Int(seconds) % self.seconds == 0
    }

    /// The start of the interval containing `instant`.
    public func start(containing instant: Date) -> Date {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let start = seconds - ((seconds % self.seconds) + self.seconds) % self.seconds
        return Date(timeIntervalSince1970: TimeInterval(start))
    }
}
