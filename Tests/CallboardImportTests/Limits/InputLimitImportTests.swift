import CallboardDomain
import CallboardImport
import Foundation
import Testing

/// The findings of issue 11 about import files, each refused with `file:line: column: reason`.
@Suite struct InputLimitImportTests {
    static let intervals = IntervalsFormatTests.intervals
    static let shifts = ShiftsFormatTests.header
    static let sites = "site_id,name,country,timezone,seats,languages,opened_on\n"

    @Test func figuresNearTheLargestIntegerAreRefusedNotTrapped() {
        #expect(Parse.refusals(IntervalsFormat.self, Self.intervals
            + "Q1,2026-03-02T13:00:00Z,30,9223372036854775807,9223372036854775807,9223372036854775807,0,1,0\n",
            context: ()).prefix(3) == [
            "intervals.csv:2: offered: must be from 0 to 1,000,000, but was 9223372036854775807",
            "intervals.csv:2: handled: must be from 0 to 1,000,000, but was 9223372036854775807",
            "intervals.csv:2: abandoned: must be from 0 to 1,000,000, but was 9223372036854775807",
        ])
    }

    @Test func countsPastTheReadModelsColumnsAreRefused() {
        #expect(Parse.refusals(SitesFormat.self, Self.sites + "MNL,Manila,PH,Asia/Manila,3000000000,en,2019-03-01\n",
                               context: ()) == ["sites.csv:2: seats: must be from 1 to 100,000, but was 3000000000"])
        #expect(Parse.refusals(IntervalsFormat.self, Self.intervals
            + "Q1,2026-03-02T13:00:00Z,30,3000000000,0,0,0,0,0\n", context: ())
            == ["intervals.csv:2: offered: must be from 0 to 1,000,000, but was 3000000000"])
        #expect(Parse.problems(SitesFormat.self, Self.sites + "MNL,Manila,PH,Asia/Manila,99999999999999999999,en,2019-03-01\n")
            == ["sites.csv:2: seats: must be a whole number of a size Callboard accepts (see docs/import-formats.md, Input limits), but was '99999999999999999999'"])
    }

    @Test func theNoEndDateIsRefusedSayingSo() {
        #expect(Parse.problems(ShiftsFormat.self, Self.shifts + "MNL-1001,9999-12-31,22:00,06:00,Q1,,,,\n") == [
            "shifts.csv:2: date: must be a day from 1900-01-01 to 9998-12-31 (9999-12-31 as \"no end date\" is not a date: leave an open end empty), but was '9999-12-31'",
        ])
        #expect(Parse.problems(IntervalsFormat.self, Self.intervals + "Q1,0001-01-01T00:00:00Z,30,1,1,0,1,60,0\n") == [
            "intervals.csv:2: interval_start: must be an instant from 1900-01-01T00:00:00Z to 9998-12-31T23:59:59Z, but was '0001-01-01T00:00:00Z'",
        ])
    }

    @Test func aHugeBreakIsRefusedNotTrapped() throws {
        #expect(Parse.problems(ShiftsFormat.self, Self.shifts
            + "MNL-1001,2026-03-02,09:00,17:00,TAB-VOICE-EN-US,12:00+9223372036854775807,,,\n") == [
            "shifts.csv:2: breaks: each entry must be a local start and minutes from 1 to 1,440 such as 12:00+30, but '12:00+9223372036854775807' is not",
        ])
        let plan = PlanShift(shiftID: "S1", agentID: "MNL-1001", queues: ["TAB-VOICE-EN-US"], date: "2026-03-02",
                             start: "09:00", end: "17:00", breaks: [ShiftBreak(start: "12:00", minutes: .max)])
        #expect(throws: ShiftRejection.self) { try Schedule.decide(.plan(plan), state: nil, context: try Fixtures.shiftContext()) }
    }

    @Test func aNulByteIsNamedByLineAndColumn() {
        #expect(Parse.problems(SitesFormat.self, Self.sites + "MNL,Man\u{0}ila,PH,Asia/Manila,420,en,2019-03-01\n")
            == ["sites.csv:2: name: must not contain control characters, but has U+0000"])
        #expect(Parse.problems(SitesFormat.self, "site_id,na\u{1}me,country,timezone,seats,languages,opened_on\n")
            == ["sites.csv:1: must not contain control characters, but has U+0001"])
        let long = String(repeating: "x", count: PlainText.maximumCharacters + 1)
        #expect(Parse.problems(SitesFormat.self, Self.sites + "MNL,\(long),PH,Asia/Manila,420,en,2019-03-01\n")
            == ["sites.csv:2: name: must be at most 2000 characters, but has 2001"])
    }

    @Test func theSameIntervalTwiceInOneFileIsRefused() {
        #expect(Parse.problems(IntervalsFormat.self, Self.intervals
            + "Q1,2026-03-02T13:00:00Z,30,42,39,3,33,7020,1\n"
            + "Q1,2026-03-02T13:30:00Z,30,42,39,3,33,7020,1\n"
            + "Q1,2026-03-02T08:00:00-05:00,30,50,39,3,33,7020,1\n") == [
            "intervals.csv:4: interval_start: Q1 2026-03-02T13:00:00Z is already reported on line 2; a file reports each once",
        ])
        #expect(Parse.problems(AgentIntervalsFormat.self, IntervalsFormatTests.agentIntervals
            + "A1,Q1,2026-03-02T13:00:00Z,30,9,1620,8,1800,1740\n"
            + "A1,Q2,2026-03-02T13:00:00Z,30,9,1620,8,1800,1740\n"
            + "A1,Q1,2026-03-02T13:00:00Z,30,10,1620,8,1800,1740\n") == [
            "agent-intervals.csv:4: interval_start: A1 on Q1 2026-03-02T13:00:00Z is already reported on line 2; a file reports each once",
        ])
    }
}

/// Files not in UTF-8: refused naming the first bad line and the fix, or read with `--encoding`.
@Suite struct ImportEncodingTests {
    static let latin1: [UInt8] = Array("site_id,name\nMNL,Manila\nSCZ,Sofia Caf".utf8) + [0xE9] + Array("\n".utf8)

    @Test func latin1BytesInAUTF8FileNameTheirLine() {
        let error = #expect(throws: ImportRejection.self) { try ImportEncoding.utf8.decode(Self.latin1, file: "sites.csv") }
        #expect(error?.lines == [
            "sites.csv:3: the file is not UTF-8 text (byte 0xE9 on this line); save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet), or import it with --encoding latin1 or --encoding utf-16",
        ])
    }

    @Test func latin1AndUTF16WithAByteOrderMarkAreRead() throws {
        #expect(try ImportEncoding.latin1.decode(Self.latin1, file: "sites.csv") == "site_id,name\nMNL,Manila\nSCZ,Sofia Café\n")
        #expect(try ImportEncoding.latin1.decode([0x80, 0x20, 0x93, 0x41, 0x94], file: "sites.csv") == "€ “A”")
        let text = "site_id,name\nSCZ,Sofia Café 漢字\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try ImportEncoding.utf16.decode(little, file: "sites.csv") == text)
        #expect(try ImportEncoding.utf8.decode(big, file: "sites.csv") == text)
        #expect(throws: ImportRejection.self) { try ImportEncoding.utf16.decode(Array(text.utf8), file: "sites.csv") }
    }
}
