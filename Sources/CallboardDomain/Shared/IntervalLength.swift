import Foundation

/// The length of the UTC intervals demand, staffing and service level are counted in.
/// Intervals start on multiples of their length since 1970-01-01 00:00 UTC (e.g. :00, :15,
/// :30, :45), whatever timezone the reader later shows them in. Hourly exports (many telephony
/// and retail systems) use `sixtyMinutes`; one stream (a queue's or an agent's) keeps the length
/// of its first report, and a report of another length is refused (`IntervalRejection.lengthMismatch`).
public enum IntervalLength: Int, Sendable, Codable, CaseIterable {
    case fifteenMinutes = 15
    case thirtyMinutes = 30
    case sixtyMinutes = 60

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
