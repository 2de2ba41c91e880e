/// A wall-clock time of day with minute precision (`22:00`), read on some local clock:
/// shift starts and ends, break starts, queue opening hours. Encoded as `HH:mm`.
public struct LocalTime: Hashable, Comparable, Sendable, TextCodable,
    ExpressibleByStringLiteral
{
    public let hour: Int
    public let minute: Int

    /// A time, or nil unless 00:00 <= time <= 23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time `minutes` after midnight, wrapping around the day.
    public init(minutesSinceMidnight minutes: Int) {
        let wrapped = (minutes % 1_440 + 1_440) % 1_440
        hour = wrapped / 60
        minute = wrapped % 60
    }

    /// Parses `HH:mm`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public init(stringLiteral value: String) {
        guard let time = LocalTime(parsing: value) else { preconditionFailure("not an HH:mm time: \(value)") }
        self = time
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String { "\(LocalDate.padded(hour, 2)):\(LocalDate.padded(minute, 2))" }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    public static let textFormat = "an HH:mm time"
}
