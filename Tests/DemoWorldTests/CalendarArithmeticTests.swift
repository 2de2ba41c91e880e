import CivilCalendar
@testable import DemoWorld
import Foundation
import Testing

/// The generator's own calendar and clock arithmetic agrees with Foundation's, including
/// around DST changes, so it can be trusted in the hot loops that avoid Foundation.
@Suite struct CalendarArithmeticTests {
    @Test func civilDatesRoundTripAndKnowTheirWeekday() {
        #expect(LocalDate(1970, 1, 1).daysSinceEpoch == 0)
        #expect(LocalDate(2025, 11, 28).description == "2025-11-28")
        #expect(LocalDate(2025, 11, 28).weekdayIndex == 4, "Black Friday is a Friday")
        for day in stride(from: -800, through: 30_000, by: 37) {
            let date = LocalDate(daysSinceEpoch: day)
            #expect(LocalDate(date.year, date.month, date.day) == date)
        }
        #expect(LocalDate.nth(4, weekdayIndex: 3, month: 11, year: 2026) == LocalDate(2026, 11, 26), "Thanksgiving 2026")
        #expect(LocalDate.nth(-1, weekdayIndex: 0, month: 5, year: 2025) == LocalDate(2025, 5, 26), "last Monday of May")
        #expect(LocalDate(2026, 11, 23).firstOfMonth(addingMonths: -24) == LocalDate(2024, 11, 1))
    }

    @Test(arguments: ["America/New_York", "Europe/London", "Europe/Sofia", "America/Sao_Paulo", "Asia/Manila"])
    func offsetTimelinesMatchFoundation(zoneID: String) throws {
        let zone = try #require(TimeZone(identifier: zoneID))
        let start = LocalDate(2024, 11, 1).midnightSeconds, end = LocalDate(2026, 11, 23).midnightSeconds
        let timeline = OffsetTimeline(zone: zone, from: start, to: end)
        var cursor = OffsetTimeline.Cursor(timeline)
        for instant in stride(from: start, to: end, by: 1_800) {
            let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
            #expect(cursor.offset(at: instant) == expected)
            if cursor.offset(at: instant) != expected { return }
        }
        #expect(timeline.offset(at: LocalDate(2025, 7, 1).midnightSeconds)
            == zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(LocalDate(2025, 7, 1).midnightSeconds))))
    }

    @Test func wallClockRefusesTimesThatDSTSkipsOrRepeats() throws {
        let sofia = try #require(TimeZone(identifier: "Europe/Sofia"))
        func local(_ date: LocalDate, _ hour: Int, _ minute: Int) -> Int {
            date.midnightSeconds + hour * 3_600 + minute * 60
        }
        #expect(WallClock.uniqueInstant(ofLocal: local(LocalDate(2026, 3, 29), 3, 30), in: sofia) == nil, "skipped")
        #expect(WallClock.uniqueInstant(ofLocal: local(LocalDate(2026, 10, 25), 3, 30), in: sofia) == nil, "twice")
        let morning = WallClock.uniqueInstant(ofLocal: local(LocalDate(2026, 3, 29), 9, 0), in: sofia)
        #expect(morning == local(LocalDate(2026, 3, 29), 6, 0), "09:00 EEST is 06:00 UTC")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        var writer = CSVWriter(header: ["a", "b", "c"])
        writer.text("plain")
        writer.text("with, comma")
        writer.text("say \"hi\"")
        writer.endRow()
        writer.int(-42)
        writer.instant(LocalDate(2026, 11, 27).midnightSeconds + 52_200)
        writer.instant(LocalDate(2026, 11, 27).midnightSeconds + 52_200, offset: -18_000)
        writer.endRow()
        #expect(writer.csvText == #"""
            a,b,c
            plain,"with, comma","say ""hi"""
            -42,2026-11-27T14:30:00Z,2026-11-27T09:30:00-05:00

            """#)
        #expect(writer.rowCount == 2)
    }
}
