import CallboardDomain
import Foundation

extension FieldSyntax {
    /// `12:00+30`: a break starting at 12:00 local time, lasting 30 minutes.
    public static func shiftBreak(_ text: String) throws(FieldSyntaxError) -> ShiftBreak {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = LocalTime(parsing: String(parts[0])),
              let minutes = Int(parts[1]) else {
            throw FieldSyntaxError("must be a local start and minutes such as 12:00+30")
        }
        guard InputLimits.breakMinutes.contains(minutes) else {
            throw FieldSyntaxError("must be a local start and minutes from \(InputLimits.breakMinutes.span) such as 12:00+30")
        }
        return ShiftBreak(start: start, minutes: minutes)
    }

    /// `10` or `9.5`: a site's longest shift in hours, as whole minutes.
    public static func shiftMinutes(hours text: String) throws(FieldSyntaxError) -> Int {
        let hours = try number(text)
        let minutes = hours * 60
        guard hours > 0, hours <= 24, minutes == minutes.rounded() else {
            throw FieldSyntaxError("must be hours more than 0 and at most 24, in whole minutes, such as 10 or 9.5")
        }
        return Int(minutes)
    }

    /// `2026-12-30 Rizal Day`: a date, a space, and the holiday's name.
    public static func holiday(_ text: String) throws(FieldSyntaxError) -> Holiday {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let date = LocalDate(parsing: String(parts[0])) else {
            throw FieldSyntaxError("must be a date and a name such as 2026-12-30 Rizal Day")
        }
        return Holiday(date: date, name: String(parts[1]).trimmingCharacters(in: .whitespaces))
    }
}
