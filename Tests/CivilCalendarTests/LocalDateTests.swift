import CivilCalendar
import Foundation
import Testing

/// The merged civil date: what the domain's `LocalDate`, the forecaster's `CalendarDay` and
/// the demo world's `CivilDate` each offered, now on one type.
@Suite("Local date")
struct LocalDateTests {
    @Test("Year, month and day agree with days since the epoch over the whole calendar")
    func componentsRoundTrip() {
        for days in stride(from: LocalDate("0001-01-01").daysSinceEpoch, through: LocalDate("9999-12-31").daysSinceEpoch, by: 997) {
            let date = LocalDate(daysSinceEpoch: days)
            let (year, month, day) = date.components
            #expect(LocalDate(year: year, month: month, day: day) == date)
            #expect(date.year == year && date.month == month && date.day == day)
            #expect(LocalDate(parsing: date.description) == date)
        }
    }

    @Test("Parsing takes yyyy-MM-dd of a real day only")
    func parsing() {
        #expect(LocalDate(parsing: "2024-02-29")?.description == "2024-02-29")
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01x", "", "0000-01-01"] {
            #expect(LocalDate(parsing: bad) == nil, "\(bad)")
        }
        #expect(LocalDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("Weekday as the enum and as the Monday-0 index; week numbers change on Mondays")
    func weekdays() {
        #expect(LocalDate(daysSinceEpoch: 0).weekday == .thursday)
        #expect(LocalDate(daysSinceEpoch: -1).weekdayIndex == 2)
        #expect(LocalDate("2026-11-27").weekday == .friday && LocalDate("2026-11-27").weekdayIndex == 4)
        let monday = LocalDate("2026-11-23"), sunday = LocalDate("2026-11-29")
        #expect(monday.weekNumber == sunday.weekNumber)
        #expect(sunday.adding(days: 1).weekNumber == sunday.weekNumber + 1)
        #expect(LocalDate("1969-12-28").weekNumber == LocalDate("1969-12-22").weekNumber)
    }

    @Test("The n-th weekday of a month, counted from the start or (negative) from the end")
    func nthWeekday() {
        #expect(LocalDate.nth(4, weekdayIndex: 3, month: 11, year: 2026) == "2026-11-26", "Thanksgiving")
        #expect(LocalDate.nth(1, weekdayIndex: 0, month: 6, year: 2026) == "2026-06-01")
        #expect(LocalDate.nth(-1, weekdayIndex: 0, month: 5, year: 2025) == "2025-05-26", "last Monday of May")
        #expect(LocalDate.nth(-1, weekdayIndex: 6, month: 8, year: 2026) == "2026-08-30")
        #expect(LocalDate.nth(-2, weekdayIndex: 4, month: 2, year: 2024) == "2024-02-16")
    }

    @Test("Strideable: day ranges, distances and strides")
    func ranges() {
        let first = LocalDate("2024-02-27"), last = LocalDate("2024-03-02")
        #expect((first...last).map(\.description) == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"])
        #expect(first.distance(to: last) == 4 && last.advanced(by: -4) == first)
        #expect(Array(stride(from: first, to: last, by: 2)) == [first, "2024-02-29"])
        #expect(first < last && Set([first, LocalDate(year: 2024, month: 2, day: 27)!]).count == 1)
    }

    @Test("Adding months keeps the day or moves back to the month's last day")
    func addingMonths() {
        #expect(LocalDate("2024-02-29").adding(months: 12) == "2025-02-28")
        #expect(LocalDate("2026-01-31").adding(months: 1) == "2026-02-28")
        #expect(LocalDate("2026-03-15").adding(months: -15) == "2024-12-15")
        #expect(LocalDate("9999-12-01").adding(months: 1) == nil)
        #expect(LocalDate("2026-01-01").adding(months: .max) == nil)
    }

    @Test("Codable as yyyy-MM-dd; a stored five-digit year still decodes")
    func coding() throws {
        let encoded = try JSONEncoder().encode(["day": LocalDate("2026-10-24")])
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"day":"2026-10-24"}"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-10-24","10000-01-01"]"#.utf8))
            == ["2026-10-24", LocalDate("9999-12-31").adding(days: 1)])
        #expect(LocalDate("9999-12-31").adding(days: 1).description == "10000-01-01")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}
