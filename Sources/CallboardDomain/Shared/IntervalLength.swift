import Foundation

/// The length of the UTC intervals demand, staffing and service level are counted in.
/// Intervals start on multiples of their length since 1970-01-01 00:00 UTC (e.g. :00, :15,
/// :30, :45), whatever timezone the reader later shows them in.
public enum IntervalLength: Int, Sendable, Codable, CaseIterable {
    case fifteenMinutes = 15
    case thirtyMinutes = 30

    public var minutes: Int { rawValue }
    public var seconds: Int { rawValue * 60 }

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
