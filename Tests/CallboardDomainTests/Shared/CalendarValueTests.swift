import Foundation
import Testing
@testable import CallboardDomain

@Suite("Local dates, times and UTC months")
struct CalendarValueTests {
    @Test func localDateParsesAndPrints() throws {
        let date = try #require(LocalDate(parsing: "2026-10-24"))
        #expect((date.year, date.month, date.day) == (2026, 10, 24))
        #expect(date.description == "2026-10-24")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-01", "x"])
    func localDateRejectsImpossibleDays(_ text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test func leapDayExistsIn2028() { #expect(LocalDate(parsing: "2028-02-29") != nil) }

    @Test func daysSinceEpochRoundTrips() {
        for days in [-800_000, -1, 0, 1, 20_000, 20_751, 2_000_000] {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(parsing: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(LocalDate(parsing: "2026-03-08")!.daysSinceEpoch == 20_520)
    }

    @Test func addingDaysCrossesMonthAndYear() {
        #expect(LocalDate(parsing: "2026-12-31")!.adding(days: 1) == "2027-01-01")
        #expect(LocalDate(parsing: "2026-03-01")!.adding(days: -1) == "2026-02-28")
    }

    @Test func weekdays() {
        #expect(LocalDate(parsing: "2026-03-08")!.weekday == .sunday)
        #expect(LocalDate(parsing: "2026-11-27")!.weekday == .friday)  // Black Friday
        #expect(LocalDate(parsing: "1970-01-01")!.weekday == .thursday)
    }

    @Test func localTimeParsesAndOrders() throws {
        let time = try #require(LocalTime(parsing: "06:05"))
        #expect(time.minutesSinceMidnight == 365)
        #expect(time.description == "06:05")
        #expect(LocalTime(parsing: "22:00")! > LocalTime(parsing: "06:00")!)
    }

    @Test(arguments: ["24:00", "12:60", "7:00", "0700", "-1:00"])
    func localTimeRejectsNonsense(_ text: String) {
        #expect(LocalTime(parsing: text) == nil)
    }

    @Test func localTimeFromMinutesWrapsAroundTheDay() {
        #expect(LocalTime(minutesSinceMidnight: 1_439) == "23:59")
        #expect(LocalTime(minutesSinceMidnight: 1_440) == "00:00")
        #expect(LocalTime(minutesSinceMidnight: -30) == "23:30")
    }

    @Test func weekdaysOrderMondayFirst() {
        #expect(Weekday.monday.isoNumber == 1 && Weekday.sunday.isoNumber == 7)
        #expect(Weekday.allCases.sorted() == Weekday.allCases)
    }

    @Test func localDateAndTimeDecodeRejectsBadText() {
        let decoder = EventJSON.makeDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
        #expect(throws: DecodingError.self) { try decoder.decode([LocalTime].self, from: Data(#"["25:00"]"#.utf8)) }
    }

    @Test func localDateTimeReadsAnInstantInAZone() {
        let local = LocalDateTime(utc("2026-10-24T19:00:00Z"), in: zone("Europe/Sofia"))
        #expect(local == LocalDateTime(date: "2026-10-24", time: "22:00"))
    }

    @Test func utcMonthOfAnInstant() {
        #expect(UTCMonth(containing: utc("2026-03-31T23:59:59Z")).description == "2026-03")
        #expect(UTCMonth(containing: utc("2026-04-01T00:00:00Z")).description == "2026-04")
    }

    @Test func intervalAlignment() {
        #expect(IntervalLength.fifteenMinutes.isAligned(utc("2026-03-02T01:45:00Z")))
        #expect(!IntervalLength.thirtyMinutes.isAligned(utc("2026-03-02T01:45:00Z")))
        #expect(!IntervalLength.fifteenMinutes.isAligned(utc("2026-03-02T01:45:00.500Z")))
        #expect(
            IntervalLength.thirtyMinutes.start(containing: utc("2026-03-02T01:59:59Z")) == utc("2026-03-02T01:30:00Z"))
    }
}
