import CallboardDomain
import Testing
@testable import CallboardProjections

@Suite("Hours of operation in words")
struct HoursWordingTests {
    @Test func joinsConsecutiveDaysWithEqualHours() {
        let weekday = OpeningHours(open: "08:00", close: "20:00")
        let hours = HoursOfOperation.weekly([
            .monday: weekday, .tuesday: weekday, .wednesday: weekday, .thursday: weekday, .friday: weekday,
            .saturday: OpeningHours(open: "09:00", close: "17:00"), .sunday: OpeningHours(open: "22:00", close: "06:00"),
        ])
        #expect(HoursWording.text(hours) == "mon-fri 08:00-20:00; sat 09:00-17:00; sun 22:00-06:00")
        #expect(HoursWording.text(.alwaysOpen) == "24/7")
    }
}
