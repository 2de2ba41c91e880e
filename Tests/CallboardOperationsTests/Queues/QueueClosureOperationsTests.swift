import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

@Suite("Recording, listing and withdrawing queue closures")
struct QueueClosureOperationsTests {
    @Test func closuresAreRecordedListedAndWithdrawnWithoutDeletingAnything() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let report = try await importer.importFile(
                .queueClosures, text: try SampleFiles.text(.queueClosures), file: "queue-closures.csv")
            #expect(report.eventsByType == ["QueueClosureRecorded": 3])
            let again = try await importer.importFile(
                .queueClosures, text: try SampleFiles.text(.queueClosures), file: "queue-closures.csv")
            #expect(again.eventsAppended == 0 && again.rowsAlreadyStored == 3)

            let runner = CommandRunner(store: store, actor: "ana.cruz")
            let recorded = try await runner.run(
                QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-13", reason: "site fire drill"),
                source: "cli:queue closure")
            #expect(recorded.map(\.eventType) == ["QueueClosureRecorded"])
            #expect(try await runner.run(
                QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-13", reason: "site fire drill")).isEmpty)

            let listings = Listings(store: store)
            #expect(try await listings.queueClosures(queue: "TEMPO-CHAT-FR").map(\.day) == ["2026-03-06", "2026-03-13"])
            #expect(try await listings.queueClosures(account: "TEMPO", from: "2026-03-10", to: "2026-03-31")
                .map(\.reason) == ["site fire drill"])
            #expect(try await listings.queueClosures().map(\.queueID)
                == ["ELETRO-VOICE-PT-BR", "TAB-VOICE-EN-GB", "TEMPO-CHAT-FR", "TEMPO-CHAT-FR"])
            #expect(try await listings.queueClosures(account: "PAWS").isEmpty)

            let before = try await LogInspection.eventCount(store)
            let withdrawn = try await runner.run(
                QueueCommand.withdrawClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-13", reason: "recorded on the wrong queue"))
            #expect(withdrawn.map(\.eventType) == ["QueueClosureWithdrawn"])
            #expect(try await listings.queueClosures(queue: "TEMPO-CHAT-FR").map(\.day) == ["2026-03-06"])
            let stream = try await LogInspection.types(in: "queue-TEMPO-CHAT-FR", store)
            #expect(stream == ["QueueOpened", "QueueClosureRecorded", "QueueClosureRecorded", "QueueClosureWithdrawn"])
            #expect(try await LogInspection.eventCount(store) == before + 1)

            // Closed again after the withdrawal, for the same reason: recorded, not taken for the first closure.
            let reclosed = try await runner.run(
                QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-13", reason: "site fire drill"))
            #expect(reclosed.map(\.eventType) == ["QueueClosureRecorded"])
            #expect(try await listings.queueClosures(queue: "TEMPO-CHAT-FR").map(\.day) == ["2026-03-06", "2026-03-13"])
            #expect(try await LogInspection.eventCount(store) == before + 2)
        }
    }

    @Test func refusedClosuresAppendNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            _ = try await runner.run(QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: "stocktake"))
            let before = try await LogInspection.eventCount(store)
            await #expect(throws: QueueRejection.closureAlreadyRecorded("TEMPO-CHAT-FR", day: "2026-03-06", reason: "stocktake")) {
                try await runner.run(QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: "inventory"))
            }
            await #expect(throws: QueueRejection.noClosureRecorded("TEMPO-CHAT-FR", day: "2026-03-07")) {
                try await runner.run(QueueCommand.withdrawClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-07", reason: ""))
            }
            await #expect(throws: QueueRejection.notOpened("TEMPO-CHAT-XX")) {
                try await runner.run(QueueCommand.recordClosure(queue: "TEMPO-CHAT-XX", on: "2026-03-06", reason: ""))
            }
            await #expect(throws: QueueRejection.self) {
                try await runner.run(QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "9999-12-31", reason: ""))
            }
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func aBadFileIsRefusedWholeAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            _ = try await importer.importFile(
                .queueClosures, text: try SampleFiles.text(.queueClosures), file: "queue-closures.csv")
            let before = try await LogInspection.eventCount(store)
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(
                    .queueClosures, text: try SampleFiles.bad("queue-closures.csv"), file: "queue-closures.csv")
            }
            #expect(error?.lines == [
                "queue-closures.csv:2: reason: Queue TEMPO-CHAT-FR is already recorded closed on 2026-03-06 "
                    + "('client stocktake: contact centre closed'); withdraw that closure first to record another reason.",
                "queue-closures.csv:3: date: must be a date YYYY-MM-DD, but was '06/03/2026'",
                "queue-closures.csv:4: date: TEMPO-CHAT-FR 2026-03-06 is already reported on line 2; a file reports each once",
                "queue-closures.csv:5: queue: Queue TAB-VOICE-EN-UK has not been opened.",
                "queue-closures.csv:6: date: must be a day from 1900-01-01 to 9998-12-31 (9999-12-31 as \"no end date\" "
                    + "is not a date: leave an open end empty), but was '9999-12-31'",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }
}
