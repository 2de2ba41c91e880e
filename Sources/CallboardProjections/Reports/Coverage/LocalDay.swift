import CallboardDomain
import Foundation

/// One calendar day on a local clock, as a span of real time: 24 hours most days, 23 or 25
/// when the clocks change, so coverage for "1 November in New York" has 50 half hours.
public struct LocalDay: Sendable, Hashable {
    public let date: LocalDate
    public let timeZone: TimeZone
    /// The first instant of the day (local midnight, or the end of a DST gap over midnight).
    public let start: Date
    /// The first instant of the next day.
    public let end: Date

    public init(_ date: LocalDate, in timeZone: TimeZone) {
        self.date = date
        self.timeZone = timeZone
        start = Self.firstInstant(of: date, in: timeZone)
        end = Self.firstInstant(of: date.adding(days: 1), in: timeZone)
    }

    /// The starts of the UTC-aligned intervals that overlap the day, in order. Where the
    /// zone's offset is not a multiple of the length (Nepal's +05:45), the first interval
    /// starts before local midnight.
    public func intervalStarts(_ length: IntervalLength) -> [Date] {
        var starts: [Date] = []
        var cursor = length.start(containing: start)
        while cursor < end {
            starts.append(cursor)
            cursor = cursor.addingTimeInterval(TimeInterval(length.seconds))
        }
        return starts
    }

    private static func firstInstant(of date: LocalDate, in zone: TimeZone) -> Date {
        let midnight = LocalDateTime(date: date, time: LocalTime(minutesSinceMidnight: 0))
        do {
            return try midnight.instant(in: zone, occurrence: .earlier)
        } catch {
            guard case let .skipped(_, gapEnd) = error, let instant = try? gapEnd.instant(in: zone, occurrence: .earlier)
            else { return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400)) }
            return instant
        }
    }
}
