import CallboardReports
import Foundation
import Testing

/// The one set of rules every edge writes cells and CSV by (issue 14: the CLI's CSV did not
/// defuse formulas, report CSV ended without a line break in CRLF while listings used LF,
/// JSON carried "yes"/"no" and zone-less times, 94.99% was printed as 95 next to "no").
@Suite struct CellFormatTests {
    @Test func csvDefusesSpreadsheetFormulasInTextButNotNumbers() {
        let csv = CSVFormat.document(
            columns: ["name", "offered", "note"],
            rows: [[.text("=HYPERLINK(\"http://x\",\"y\")"), .integer(-5), .text("-12.5")],
                   [.text("@SUM(A1)"), .integer(3), .list(["+1", "b"])]])
        #expect(csv == "name,offered,note\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,-12.5\n'@SUM(A1),3,'+1;b\n")
    }

    @Test func csvHasOneLineEndingAndAFinalLineBreak() {
        let csv = CSVFormat.document(columns: ["a", "b"], rows: [[.text("x\ny"), .null], [.text("z"), .boolean(true)]])
        #expect(csv.hasSuffix("\n"))
        #expect(!csv.contains("\r"))
        #expect(csv == "a,b\n\"x\ny\",\nz,true\n")
        #expect(CSVFormat.document(columns: ["a"], rows: []) == "a\n")
    }

    @Test func jsonWritesBooleansNumbersListsAndNullAsThemselves() {
        var instants = InstantRenderer.utc
        let writer = JSONRowWriter(columns: ["met", "level", "sites", "gap", "count"])
        let object = writer.object([.boolean(false), .ratio(0.9499), .list(["CEB", "MNL"]), .null, .integer(3)], &instants)
        #expect(object == #"{"met":false,"level":0.9499,"sites":["CEB","MNL"],"gap":null,"count":3}"#)
    }

    @Test func instantsAreISO8601WithTheClocksOffset() {
        let instant = Date(timeIntervalSince1970: 1_796_613_120) // 2026-12-07T03:12:00Z
        var utc = InstantRenderer.utc
        #expect(CellEncoding.json(.instant(instant), &utc) == "\"2026-12-07T03:12:00+00:00\"")
        var manila = InstantRenderer(zone: TimeZone(identifier: "Asia/Manila")!)
        #expect(CellEncoding.plain(.instant(instant), &manila) == "2026-12-07T11:12:00+08:00")
        var newYork = InstantRenderer(zone: TimeZone(identifier: "America/New_York")!)
        #expect(CellEncoding.display(.instant(instant), &newYork) == "2026-12-06T22:12:00-05:00")
    }

    @Test func aRatioShownAsAPercentIsCutNeverRoundedUp() {
        #expect(CellEncoding.percent(0.9499) == "94.9%")
        #expect(CellEncoding.percent(0.94999999) == "94.9%")
        #expect(CellEncoding.percent(0.95) == "95.0%")
        #expect(CellEncoding.percent(19.0 / 20.0) == "95.0%")
        #expect(CellEncoding.percent(0.8) == "80.0%")
        #expect(CellEncoding.percent(1) == "100.0%")
        #expect(CellEncoding.percent(0) == "0.0%")
        var instants = InstantRenderer.utc
        #expect(CellEncoding.plain(.ratio(0.9499), &instants) == "0.9499")
    }
}
