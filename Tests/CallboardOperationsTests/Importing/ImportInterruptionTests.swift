import CallboardImport
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport
import Testing

/// Issue 11, item 4: `callboard import` never exited when its session was terminated (or
/// the server crashed) during the bulk append. It now fails within a bounded time with a
/// clear message, nothing written, and the same import run again completes.
@Suite("Imports whose database connection is lost")
struct ImportInterruptionTests {
    static func configuration(attempts: Int) -> EventLog.Configuration {
        var configuration = EventLog.Configuration()
        configuration.deadlines = DatabaseDeadlines(statement: .seconds(20), connect: .seconds(3), writeAttempts: attempts)
        return configuration
    }

    @Test func aSessionTerminatedDuringTheCopyFailsTheImportWithAClearMessage() async throws {
        try await TestDatabase.withEventStore(configuration: Self.configuration(attempts: 1)) { store, database in
            let importer = Importer(store: store, actor: "test")
            let text = try SampleFiles.text(.sites)
            try await FaultPoint.beforeInsert(into: "events").armed(in: database) { faults in
                let running = Task { try await importer.importFile(.sites, text: text, file: "sites.csv") }
                try await faults.terminate(try await faults.waitForStoppedSession())
                let interrupted = await #expect(throws: ImportInterrupted.self) {
                    try await TestDeadline.within(TestDeadline.hang, "an import whose session was terminated") {
                        try await running.value
                    }
                }
                let message = interrupted.map { "\($0)" } ?? ""
                #expect(message.hasPrefix("sites.csv: import interrupted: database connection lost during bulk append of"))
                #expect(message.hasSuffix(
                    "nothing was written (the transaction rolled back). Run the import again: it writes what is missing and nothing twice."))
            }
            #expect(try await LogInspection.eventCount(store) == 0)
            let report = try await importer.importFile(.sites, text: text, file: "sites.csv")
            #expect(report.eventsAppended > 0)
            #expect(try await LogInspection.eventCount(store) == report.eventsAppended)
        }
    }

    @Test func aSessionTerminatedBeforeCommitIsRetriedAndTheImportCompletesOnce() async throws {
        try await TestDatabase.withEventStore(configuration: Self.configuration(attempts: 2)) { store, database in
            let importer = Importer(store: store, actor: "test")
            let text = try SampleFiles.text(.sites)
            let running = try await FaultPoint.beforeUpdate(of: "streams").armed(in: database) { faults in
                let running = Task { try await importer.importFile(.sites, text: text, file: "sites.csv") }
                try await faults.terminate(try await faults.waitForStoppedSession())
                return running
            }
            let report = try await TestDeadline.within(TestDeadline.hang, "an import retried after a lost connection") {
                try await running.value
            }
            #expect(try await LogInspection.eventCount(store) == report.eventsAppended)
            let again = try await importer.importFile(.sites, text: text, file: "sites.csv")
            #expect(again.eventsAppended == 0)
        }
    }
}
