import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport
import Testing

/// Hourly contact-interval exports (`interval_minutes` 60), as many telephony and retail
/// systems deliver them, and the rule that a queue keeps one length within a UTC month.
@Suite("Importing hourly interval files")
struct HourlyIntervalImportTests {
    static let stream = "intervals-PAWS-EMAIL-EN-US-2026-03"

    static func hourlySample() throws -> String {
        try String(contentsOf: SampleFiles.directory.appendingPathComponent("hourly/intervals.csv"), encoding: .utf8)
    }

    @Test func anHourlyFileImportsAsSixtyMinuteIntervalsOnceOnly() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let report = try await importer.importFile(.intervals, text: try Self.hourlySample(), file: "intervals.csv")
            #expect(report.rowsRead == 24 && report.eventsByType == ["IntervalReported": 24])
            let events = try await LogInspection.events(in: Self.stream, store)
            #expect(events.count == 24)
            for event in events {
                guard case let .reported(reported) = try event.domainEvent(as: ContactIntervalEvent.self) else {
                    Issue.record("not a report"); continue
                }
                #expect(reported.length == .sixtyMinutes)
                #expect(Int(reported.start.timeIntervalSince1970) % 3600 == 0)
            }
            let again = try await importer.importFile(.intervals, text: try Self.hourlySample(), file: "intervals.csv")
            #expect(again.eventsAppended == 0 && again.rowsAlreadyStored == 24)
        }
    }

    @Test func anHourThatDoesNotStartOnTheHourIsRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let before = try await LogInspection.eventCount(store)
            let text = """
                queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds
                PAWS-EMAIL-EN-US,2026-03-02T08:00:00Z,60,10,10,0,10,4100
                PAWS-EMAIL-EN-US,2026-03-02T09:30:00Z,60,10,10,0,10,4100
                """
            let error = await #expect(throws: ImportRejection.self) {
                try await Importer(store: store, actor: "test").importFile(.intervals, text: text, file: "intervals.csv")
            }
            #expect(error?.lines == [
                "intervals.csv:3: interval_start: must fall on a 60-minute boundary in UTC, but was 2026-03-02T09:30:00Z",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func mixingLengthsInAQueuesMonthIsRefusedInTheFileAndAgainstWhatIsStored() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            let mixed = """
                queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds
                PAWS-EMAIL-EN-US,2026-03-02T08:00:00Z,60,10,10,0,10,4100
                PAWS-EMAIL-EN-US,2026-03-02T09:00:00Z,30,10,10,0,10,4100
                """
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.intervals, text: mixed, file: "mixed.csv")
            }
            #expect(error?.lines == [
                "mixed.csv:3: interval_minutes: \(Self.stream) is reported in 60-minute intervals, so a 30-minute "
                    + "interval cannot be added.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)

            _ = try await importer.importFile(.intervals, text: try Self.hourlySample(), file: "intervals.csv")
            let halfHours = """
                queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds
                PAWS-EMAIL-EN-US,2026-03-20T08:00:00Z,30,10,10,0,10,4100
                """
            let late = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.intervals, text: halfHours, file: "half-hours.csv")
            }
            #expect(late?.lines.count == 1)
            #expect(late?.lines.first?.hasPrefix("half-hours.csv:2: interval_minutes: \(Self.stream) is reported in 60-minute") == true)
            #expect(try await LogInspection.eventCount(store) == before + 24)
        }
    }
}
