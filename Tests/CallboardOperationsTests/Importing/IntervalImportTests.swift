import CallboardImport
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport
import Testing

@Suite("Importing interval files")
struct IntervalImportTests {
    static let queue = "TAB-VOICE-EN-US"
    static let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    @Test func twoYearsOfIntervalsImportInSecondsAndOnceOnly() async throws {
        let text = IntervalHistory.csv(queue: Self.queue, from: Self.start, days: 730)
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let clock = ContinuousClock()
            var report: ImportReport?
            let first = try await clock.measure {
                report = try await importer.importFile(.intervals, text: text, file: "intervals.csv")
            }
            #expect(report?.rowsRead == 35_040)
            #expect(report?.eventsAppended == 35_040)
            #expect(report?.eventsByType == ["IntervalReported": 35_040])
            var again: ImportReport?
            let second = try await clock.measure {
                again = try await importer.importFile(.intervals, text: text, file: "intervals.csv")
            }
            #expect(again?.eventsAppended == 0)
            #expect(again?.rowsAlreadyStored == 35_040)
            print("35,040 intervals: first import \(first), second import \(second)")
            // A loose bound against pathologies: in debug builds most of the first import is
            // spent in the event store's COPY row writer.
            #expect(first < .seconds(120))
        }
    }

    @Test func overlappingFilesAppendOnlyTheNewIntervals() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            let early = IntervalHistory.csv(queue: Self.queue, from: Self.start, days: 10)
            let late = IntervalHistory.csv(queue: Self.queue, from: Self.start.addingTimeInterval(5 * 86_400), days: 10)
            _ = try await importer.importFile(.intervals, text: early, file: "early.csv")
            let report = try await importer.importFile(.intervals, text: late, file: "late.csv")
            #expect(report.rowsRead == 480)
            #expect(report.rowsAlreadyStored == 240)
            #expect(report.eventsAppended == 240)
            #expect(try await LogInspection.eventCount(store) == before + 720)
        }
    }

    @Test func reReportedFiguresBecomeACorrection() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            _ = try await importer.importFile(.intervals, text: try SampleFiles.text(.intervals), file: "intervals.csv")
            let corrected = """
                queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned
                TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,42,39,3,33,7020,1
                TAB-VOICE-EN-US,2026-03-02T13:30:00Z,30,60,56,4,47,10360,2
                """
            let report = try await importer.importFile(.intervals, text: corrected, file: "intervals-fix.csv")
            #expect(report.eventsByType == ["IntervalCorrected": 1])
            #expect(report.rowsAlreadyStored == 1)
            let types = try await LogInspection.types(in: "intervals-TAB-VOICE-EN-US-2026-03", store)
            #expect(types.suffix(2) == ["IntervalReported", "IntervalCorrected"])
            let again = try await importer.importFile(.intervals, text: corrected, file: "intervals-fix.csv")
            #expect(again.eventsAppended == 0)
        }
    }

    @Test func aBadFileIsRefusedWholeWithEveryProblemAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let before = try await LogInspection.eventCount(store)
            let importer = Importer(store: store, actor: "test")
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.intervals, text: try SampleFiles.badIntervals(), file: "intervals.csv")
            }
            #expect(error?.lines == [
                "intervals.csv:3: interval_start: must fall on a 30-minute boundary in UTC, but was 2026-03-03T13:10:00Z",
                "intervals.csv:4: interval_start: must be an instant such as 2026-11-27T14:30:00Z or 2026-11-27T09:30:00-05:00, but was '2026-03-03 13:30'",
                "intervals.csv:5: interval_minutes: must be 15, 30 or 60, but was '20'",
                "intervals.csv:6: handled: must not exceed offered (40), but was 45",
                "intervals.csv:7: answered_within_sla: must not exceed handled (37), but was 38",
                "intervals.csv:7: short_abandoned: must not exceed abandoned (3), but was 4",
                "intervals.csv:8: queue: Queue TAB-VOICE-EN-UK has not been opened.",
                "intervals.csv:9: offered: must be a whole number, but was 'forty'",
                "intervals.csv:10: the row has 7 fields, but the header has 9",
                "intervals.csv:11: handle_seconds: must be 0 when no contact was handled, but was 120",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }
}
