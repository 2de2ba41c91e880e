import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport
import Testing

/// Issue 16, item 7: an import's events go to the log in one COPY, encoded while it runs.
/// A file is still accepted whole or not at all, and importing it twice stores it once.
@Suite("Bulk imports through the streaming COPY")
struct BulkImportTests {
    static let queue = "TAB-VOICE-EN-US"
    static let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    /// A year of intervals (17,520 rows, 12 monthly streams) whose last row is inconsistent:
    /// the file is refused with that row's line, and nothing of it is stored.
    @Test func aBadRowAtTheEndOfABigFileAppendsNothing() async throws {
        let good = IntervalHistory.csv(queue: Self.queue, from: Self.start, days: 365)
        // 40 handled out of 10 offered, on the day after the history.
        let bad = "\(Self.queue),2025-01-01T00:00:00Z,30,10,40,0,5,900,0\n"
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.intervals, text: good + bad, file: "year.csv")
            }
            #expect(error?.problems.map(\.line) == [17_522])
            #expect(try await LogInspection.eventCount(store) == before)
            // Mended, the same file goes in whole, then a second time appends nothing.
            let report = try await importer.importFile(.intervals, text: good, file: "year.csv")
            #expect(report.eventsAppended == 17_520)
            #expect(try await LogInspection.eventCount(store) == before + 17_520)
            let again = try await importer.importFile(.intervals, text: good, file: "year.csv")
            #expect(again.eventsAppended == 0 && again.rowsAlreadyStored == 17_520)
        }
    }

    /// The imported events are those the domain decided, payloads and ids included: the
    /// batch encoder writes exactly what `newEvent(metadata:)` would.
    @Test func importedPayloadsAreTheDomainsEncoding() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let text = IntervalHistory.csv(queue: Self.queue, from: Self.start, days: 3)
            _ = try await Importer(store: store, actor: "test").importFile(.intervals, text: text, file: "days.csv")
            let stored = try await LogInspection.events(in: "intervals-\(Self.queue)-2024-01", store)
            #expect(stored.count == 144)
            #expect(stored.map(\.streamVersion) == Array(1...144))
            #expect(stored.allSatisfy { $0.metadata.actor == "test" })
            // Each payload decodes through the domain's codec to the event whose deterministic
            // id is the one stored with it, for the rows' intervals in order.
            let decoded = try stored.map {
                try ContactIntervalEvent.decode(type: $0.type, schemaVersion: $0.schemaVersion, payload: Data($0.payload.utf8))
            }
            #expect(decoded.map(\.eventID) == stored.map(\.id))
            let starts: [Date] = decoded.compactMap { if case let .reported(e) = $0 { e.start } else { nil } }
            #expect(starts == (0..<144).map { Self.start.addingTimeInterval(Double($0) * 1_800) })
        }
    }

    /// A file touching more streams than are read one by one (300 monthly streams of one
    /// queue, one interval each) reads them many to a statement: imported again, every row
    /// is found stored, and rows of another queue's streams in the same category are neither
    /// read as this queue's nor touched.
    @Test func aFileTouchingManyStreamsFindsEachOfThemStored() async throws {
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC")!
        let months = (0..<300).map { utc.date(byAdding: .month, value: $0, to: Date(timeIntervalSince1970: 978_307_200))! }
        let files = ["PAWS-EMAIL-EN-US", Self.queue].map { queue in
            ([IntervalHistory.header] + months.map { IntervalHistory.row(queue: queue, at: $0, slot: 20) })
                .joined(separator: "\n") + "\n"
        }
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let other = try await importer.importFile(.intervals, text: files[0], file: "other.csv")
            #expect(other.eventsAppended == 300)
            let first = try await importer.importFile(.intervals, text: files[1], file: "months.csv")
            #expect(first.eventsAppended == 300)
            let again = try await importer.importFile(.intervals, text: files[1], file: "months.csv")
            #expect(again.eventsAppended == 0 && again.rowsAlreadyStored == 300)
            #expect(try await LogInspection.events(in: "intervals-\(Self.queue)-2010-06", store).count == 1)
        }
    }
}
