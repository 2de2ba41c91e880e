import CallboardDomain
import Foundation

extension FieldSyntax {
    /// `2026-11-27`.
    public static func date(_ text: String) throws(FieldSyntaxError) -> LocalDate {
        guard let date = LocalDate(parsing: text) else { throw FieldSyntaxError("must be a date YYYY-MM-DD") }
        guard BusinessCalendar.contains(date) else { throw FieldSyntaxError(BusinessCalendar.dayRule(for: date.year)) }
        return date
    }

    /// `09:30`, on a 24-hour clock.
    public static func time(_ text: String) throws(FieldSyntaxError) -> LocalTime {
        guard let time = LocalTime(parsing: text) else { throw FieldSyntaxError("must be a time HH:MM (24 h)") }
        return time
    }

    /// `2026-11-27T14:30:00Z` or `2026-11-27T09:30:00-05:00`: an instant, with an explicit
    /// offset so it never depends on the reader's clock. Seconds may carry a fraction.
    public static func instant(_ text: String) throws(FieldSyntaxError) -> Date {
        guard let instant = parseInstant(text) else {
            throw FieldSyntaxError("must be an instant such as 2026-11-27T14:30:00Z or 2026-11-27T09:30:00-05:00")
        }
        guard BusinessCalendar.contains(instant) else {
            throw FieldSyntaxError(BusinessCalendar.instantRule(for: instant >= BusinessCalendar.endInstant ? 9999 : 0))
        }
        return instant
    }

    private static func parseInstant(_ text: String) -> Date? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(parsing: String(parts[0])),
              let (clock, offsetSeconds) = splitOffset(parts[1]) else { return nil }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 2, fields[1].count == 2, fields[2].count >= 2,
              let time = LocalTime(parsing: "\(fields[0]):\(fields[1])"),
              fields[2].prefix(2).allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Double(fields[2]),
              fields[2].count == 2 || fields[2].dropFirst(2).first == ".", (0..<60).contains(seconds)
        else { return nil }
        let wallClock = Double(date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60) + seconds
        return Date(timeIntervalSince1970: wallClock - Double(offsetSeconds))
    }

    /// `14:30:00Z` as (`14:30:00`, 0); `09:30:00-05:00` as (`09:30:00`, -18000).
    private static func splitOffset(_ text: Substring) -> (Substring, Int)? {
        if text.hasSuffix("Z") { return (text.dropLast(), 0) }
        guard text.count > 6 else { return nil }
        let offset = text.suffix(6)
        let sign: Int
        switch offset.first {
        case "+": sign = 1
        case "-": sign = -1
        default: return nil
        }
        guard let time = LocalTime(parsing: String(offset.dropFirst())) else { return nil }
        return (text.dropLast(6), sign * time.minutesSinceMidnight * 60)
    }
}
