import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

@Suite("Importing deploy/samples")
struct SampleImportTests {
    @Test func samplesImportInDependencyOrderAndAgainAppendNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let importer = Importer(store: store, actor: "test")
            var appended = 0
            for kind in ImportKind.allCases {
                let report = try await importer.importFile(kind, text: try SampleFiles.text(kind), file: kind.fileName)
                #expect(report.eventsAppended > 0, "\(kind) appended nothing")
                #expect(report.rowsAlreadyStored == 0)
                appended += report.eventsAppended
            }
            #expect(try await LogInspection.eventCount(store) == appended)
            for kind in ImportKind.allCases {
                let again = try await importer.importFile(kind, text: try SampleFiles.text(kind), file: kind.fileName)
                #expect(again.eventsAppended == 0, "\(kind) appended \(again.eventsAppended) the second time")
                #expect(again.rowsAlreadyStored == again.rowsRead)
            }
            #expect(try await LogInspection.eventCount(store) == appended)
        }
    }
}
