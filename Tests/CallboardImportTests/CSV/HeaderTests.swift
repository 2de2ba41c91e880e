import CallboardImport
import Testing

@Suite("Import headers and row shapes")
struct HeaderTests {
    static let good = "TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,42,39,3,33,7020"

    @Test func columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        let text = "interval_start,queue,offered,interval_minutes,handled,abandoned,answered_within_sla,handle_seconds\n"
            + "2026-03-02T13:00:00Z,TAB-VOICE-EN-US,42,30,39,3,33,7020\n"
        let parsed = Parse.file(IntervalsFormat.self, text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.rows.first?.commands.first?.figures.offered == 42)
    }

    @Test func missingUnknownAndRepeatedColumnsAreAllNamed() {
        let header = "queue,interval_start,interval_minutes,offered,handled,handled,answered_within_sla,handle_sec"
        let synopsis = IntervalsFormat.columns.synopsis
        #expect(Parse.problems(IntervalsFormat.self, header + "\n" + Self.good + "\n") == [
            "intervals.csv:1: handled: the column appears more than once",
            "intervals.csv:1: handle_sec: unknown column; the columns are \(synopsis)",
            "intervals.csv:1: abandoned: missing column; the columns are \(synopsis)",
            "intervals.csv:1: handle_seconds: missing column; the columns are \(synopsis)",
        ])
        #expect(synopsis == "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds[,short_abandoned]")
    }

    @Test func anEmptyFileSaysWhatTheHeaderShouldBe() {
        #expect(Parse.problems(SitesFormat.self, "\n") == [
            "sites.csv:1: the file is empty; the header must be site_id,name,country,timezone,seats,languages,opened_on[,max_shift_hours][,holidays]",
        ])
    }

    @Test func rowsWithTheWrongNumberOfFieldsAreNamed() {
        let header = IntervalsFormat.columns.required.joined(separator: ",")
        let text = [header, Self.good, "TAB-VOICE-EN-US,2026-03-02T13:30:00Z,30", Self.good + ",9"].joined(separator: "\n")
        #expect(Parse.problems(IntervalsFormat.self, text) == [
            "intervals.csv:3: the row has 3 fields, but the header has 8",
            "intervals.csv:4: the row has 9 fields, but the header has 8",
        ])
    }

    @Test func quotingProblemsNameTheirColumn() {
        let header = IntervalsFormat.columns.required.joined(separator: ",")
        let text = header + "\nTAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,4\"2,39,3,33,7020\n"
        #expect(Parse.problems(IntervalsFormat.self, text) == [
            "intervals.csv:2: offered: a double quote may only appear in a field that is itself in double quotes",
        ])
    }

    @Test func problemsAreCappedAtFiftyInFileOrder() {
        let header = IntervalsFormat.columns.required.joined(separator: ",")
        let rows = (0..<60).map { _ in "TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,x,39,3,33,7020" }
        let parsed = Parse.file(IntervalsFormat.self, ([header] + rows).joined(separator: "\n"))
        let rejection = ImportRejection(file: parsed.file, problems: parsed.problems.reversed())
        #expect(rejection.problems.count == 50)
        #expect(rejection.totalCount == 60)
        #expect(rejection.problems.first?.line == 2)
        #expect(rejection.lines.last == "intervals.csv: 10 more problems not shown")
    }
}
