import Testing
import Forecasting

@Suite("Calendar day")
struct CalendarDayTests {
    @Test("Parses, prints and counts days without any timezone")
    func arithmetic() {
        let day: LocalDate = "2026-11-27"
        #expect(day.description == "2026-11-27")
        #expect(day.components.year == 2026 && day.components.month == 11 && day.components.day == 27)
        #expect(LocalDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(day.adding(days: 35).description == "2027-01-01")
        #expect(("2024-02-28" as LocalDate).adding(days: 1).description == "2024-02-29")
        #expect(("2024-01-01" as LocalDate).distance(to: "2025-01-01") == 366)
    }

    @Test("Weekday index: Monday 0 ... Sunday 6")
    func weekdays() {
        #expect(LocalDate(daysSinceEpoch: 0).weekdayIndex == 3)  // 1970-01-01 was a Thursday
        #expect(("2026-11-27" as LocalDate).weekdayIndex == 4)  // Black Friday is a Friday
        #expect(("2026-11-30" as LocalDate).weekdayIndex == 0)
        #expect(("1969-12-28" as LocalDate).weekdayIndex == 6)
    }

    @Test("Days that do not exist are refused", arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-01-01", "x"])
    func invalid(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }
}
