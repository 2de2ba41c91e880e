import Foundation
import Testing
@testable import CallboardDomain

@Suite("Local months: a site's calendar, not UTC's")
struct LocalMonthTests {
    @Test func lateEveningInManilaBelongsToTheLocalMonth() throws {
        let manila = zone("Asia/Manila")
        #expect(LocalMonth(containing: utc("2026-10-31T15:30:00Z"), in: manila) == "2026-10")  // 23:30 on the 31st
        #expect(LocalMonth(containing: utc("2026-10-31T16:00:00Z"), in: manila) == "2026-11")  // midnight
        #expect(LocalMonth(containing: utc("2026-11-30T17:00:00Z"), in: manila) == "2026-12")  // UTC: November
        #expect(LocalMonth("2026-10").instants(in: manila)
            == utc("2026-09-30T16:00:00Z")..<utc("2026-10-31T16:00:00Z"))
    }

    @Test func lateEveningInLaPazIsStillTheLocalMonthWhenUTCSaysTheNext() throws {
        let laPaz = zone("America/La_Paz")
        #expect(LocalMonth(containing: utc("2026-11-01T03:30:00Z"), in: laPaz) == "2026-10")  // 23:30 on 31 October
        #expect(LocalMonth(containing: utc("2026-11-01T04:00:00Z"), in: laPaz) == "2026-11")
        #expect(LocalMonth(containing: utc("2027-01-01T02:00:00Z"), in: laPaz) == "2026-12")  // New Year's Eve, 22:00
        #expect(LocalMonth(containing: utc("2026-11-01T03:30:00Z"), in: "America/La_Paz" as TimeZoneID) == "2026-10")
    }

    @Test func sofiaMonthsFollowDaylightSavingTime() throws {
        let sofia = zone("Europe/Sofia")
        let october = LocalMonth("2026-10").instants(in: sofia)  // EEST +3 until 25 October, then EET +2
        #expect(october == utc("2026-09-30T21:00:00Z")..<utc("2026-10-31T22:00:00Z"))
        #expect(october.upperBound.timeIntervalSince(october.lowerBound) == (31 * 24 + 1) * 3_600)
        #expect(LocalMonth(containing: utc("2026-10-31T21:30:00Z"), in: sofia) == "2026-10")
        let march = LocalMonth("2026-03").instants(in: sofia)  // clocks spring forward on 29 March
        #expect(march == utc("2026-02-28T22:00:00Z")..<utc("2026-03-31T21:00:00Z"))
        #expect(LocalMonth(containing: utc("2026-03-31T20:30:00Z"), in: sofia) == "2026-03")
        #expect(LocalMonth(containing: utc("2026-03-31T21:00:00Z"), in: sofia) == "2026-04")
        #expect(LocalMonth("2026-03").contains(utc("2026-02-28T22:00:00Z"), in: sofia))
    }

    @Test func monthsParseCountAndEncodeAsText() throws {
        #expect(LocalMonth(parsing: "2026-13") == nil && LocalMonth(parsing: "26-01") == nil)
        #expect(LocalMonth(containing: utc("2026-01-01T00:00:00Z"), in: "Mars/Olympus" as TimeZoneID) == nil)
        #expect(LocalMonth("2028-02").lastDay == "2028-02-29")
        #expect(LocalMonth("2026-12").next == "2027-01")
        #expect(LocalMonth("2026-11") < LocalMonth("2027-01"))
        let json = try EventJSON.makeEncoder().encode(LocalMonth("2026-11"))
        #expect(String(decoding: json, as: UTF8.self) == #""2026-11""#)
        #expect(try EventJSON.makeDecoder().decode(LocalMonth.self, from: json) == "2026-11")
    }

    @Test func aDayStartsWhenItsFirstInstantHappens() {
        #expect(LocalDate("2026-03-29").start(in: zone("Europe/Sofia")) == utc("2026-03-28T22:00:00Z"))
        // Santiago springs forward at midnight: 6 September 2026 starts at 01:00 local.
        #expect(LocalDate("2026-09-06").start(in: zone("America/Santiago")) == utc("2026-09-06T04:00:00Z"))
        // Havana falls back at 01:00 to midnight: 1 November 2026 starts at the first midnight.
        #expect(LocalDate("2026-11-01").start(in: zone("America/Havana")) == utc("2026-11-01T04:00:00Z"))
    }
}
