import CivilCalendar
import Foundation
import Testing

/// The merged month: the domain's `LocalMonth` and the service-level reports' `CalendarMonth`.
@Suite("Local month")
struct LocalMonthTests {
    @Test("Parses yyyy-MM, prints it back, orders by year then month")
    func parsing() {
        #expect(LocalMonth(parsing: "2026-11")?.description == "2026-11")
        for bad in ["2026-13", "2026-1", "2026-11-01", "", "0000-01"] { #expect(LocalMonth(parsing: bad) == nil, "\(bad)") }
        #expect(LocalMonth("2025-12") < LocalMonth("2026-01"))
    }

    @Test("First and last day, the days between, the months either side")
    func days() {
        let february: LocalMonth = "2024-02"
        #expect(february.firstDay == "2024-02-01" && february.lastDay == "2024-02-29")
        #expect(february.days.count == 29 && february.days.contains("2024-02-29"))
        #expect(LocalMonth("2026-12").next == "2027-01" && LocalMonth("2027-01").previous == "2026-12")
        #expect(LocalMonth("2026-02").lastDay == "2026-02-28")
        #expect(LocalMonth(containing: LocalDate("2026-11-30")) == "2026-11")
        #expect(LocalMonth(containing: "2026-12-07") == "2026-12", "a literal read as a date, not a month")
    }

    @Test("Codable as yyyy-MM")
    func coding() throws {
        #expect(String(decoding: try JSONEncoder().encode([LocalMonth("2026-03")]), as: UTF8.self) == #"["2026-03"]"#)
        #expect(try JSONDecoder().decode([LocalMonth].self, from: Data(#"["2026-03"]"#.utf8)) == ["2026-03"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalMonth].self, from: Data(#"["2026-3"]"#.utf8)) }
    }
}
