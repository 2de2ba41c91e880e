import Foundation

/// The days and instants Callboard accepts: 1900-01-01 to 9998-12-31. Inside it every date
/// computation the domain and the read models make (an overnight shift's next day, a
/// certification's expiry, a month's last day) stays a date PostgreSQL and the readers can
/// write and read back. 9999-12-31, the "no end date" of many HR exports, is refused with
/// a message saying so: an open end is left empty where a field allows it.
public enum BusinessCalendar {
    public static let firstDay = LocalDate(year: 1900, month: 1, day: 1)!
    public static let lastDay = LocalDate(year: 9998, month: 12, day: 31)!

    /// 1900-01-01T00:00:00Z.
    public static let firstInstant = Date(timeIntervalSince1970: TimeInterval(firstDay.daysSinceEpoch * 86_400))
    /// 9999-01-01T00:00:00Z, the first instant after the calendar.
    public static let endInstant = Date(timeIntervalSince1970: TimeInterval((lastDay.daysSinceEpoch + 1) * 86_400))

    public static func contains(_ day: LocalDate) -> Bool { day >= firstDay && day <= lastDay }

    public static func contains(_ instant: Date) -> Bool {
        instant.timeIntervalSince1970.isFinite && instant >= firstInstant && instant < endInstant
    }

    public static func contains(_ month: LocalMonth) -> Bool {
        month.year >= firstDay.year && month.year <= lastDay.year
    }

    /// Why `day` is refused: the range, and for 9999 the note about "no end date".
    public static func dayRule(for year: Int) -> String {
        "must be a day from \(firstDay) to \(lastDay)" + (year >= 9999 ? noEndDateNote : "")
    }

    public static func instantRule(for year: Int) -> String {
        "must be an instant from \(firstDay)T00:00:00Z to \(lastDay)T23:59:59Z" + (year >= 9999 ? noEndDateNote : "")
    }

    static let noEndDateNote = " (9999-12-31 as \"no end date\" is not a date: leave an open end empty)"
}
