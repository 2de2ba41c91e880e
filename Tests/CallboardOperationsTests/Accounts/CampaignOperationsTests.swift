import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

@Suite("Recording, listing and withdrawing campaigns and confirmed days")
struct CampaignOperationsTests {
    @Test func campaignsAreImportedListedAndWithdrawn() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let report = try await importer.importFile(.campaigns, text: try SampleFiles.text(.campaigns), file: "campaigns.csv")
            #expect(report.eventsByType == ["CampaignRecorded": 3])
            let again = try await importer.importFile(.campaigns, text: try SampleFiles.text(.campaigns), file: "campaigns.csv")
            #expect(again.eventsAppended == 0 && again.rowsAlreadyStored == 3)

            let listings = Listings(store: store)
            let tabula = try await listings.campaigns(of: "TABULA")
            #expect(tabula.map(\.campaign.name) == ["Tabula Pro 13 launch", "Herbst-Aktion DE"])
            #expect(tabula.map(\.campaign.queueID) == [nil, "TAB-CHAT-DE"])
            #expect(try await listings.campaigns().count == 3)

            let runner = CommandRunner(store: store, actor: "ana.cruz")
            let withdrawn = try await runner.run(
                ClientAccountCommand.withdrawCampaign(account: "TABULA", name: "Herbst-Aktion DE", reason: "cancelled"))
            #expect(withdrawn.map(\.eventType) == ["CampaignWithdrawn"])
            #expect(try await listings.campaigns(of: "TABULA").map(\.campaign.name) == ["Tabula Pro 13 launch"])
            let recorded = try await runner.run(ClientAccountCommand.recordCampaign(RecordCampaign(
                accountID: "TABULA", queueID: "TAB-CHAT-DE", name: "Herbst-Aktion DE", kind: .promotion,
                firstDay: "2026-10-05", lastDay: "2026-10-11")))
            #expect(recorded.map(\.eventType) == ["CampaignRecorded"], "recorded again after a withdrawal")
            #expect(try await LogInspection.types(in: "account-TABULA", store)
                == ["AccountSigned", "CampaignRecorded", "CampaignRecorded", "CampaignWithdrawn", "CampaignRecorded"])
        }
    }

    @Test func refusedCampaignsAppendNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            func launch(_ queue: QueueID?, uplift: Double? = 1.3) -> ClientAccountCommand {
                .recordCampaign(RecordCampaign(accountID: "TABULA", queueID: queue, name: "Launch", kind: .launch,
                                               firstDay: "2026-09-08", lastDay: "2026-09-20", expectedUplift: uplift))
            }
            await #expect(throws: ClientAccountRejection.queueOfAnotherAccount("PAWS-CHAT-ES-MX", account: "TABULA")) {
                try await runner.run(launch("PAWS-CHAT-ES-MX"))
            }
            await #expect(throws: ClientAccountRejection.queueNotOpened("TAB-NOPE")) { try await runner.run(launch("TAB-NOPE")) }
            await #expect(throws: ClientAccountRejection.self) { try await runner.run(launch(nil, uplift: 130)) }
            await #expect(throws: ClientAccountRejection.noCampaignRecorded("TABULA", name: "Launch")) {
                try await runner.run(ClientAccountCommand.withdrawCampaign(account: "TABULA", name: "Launch", reason: ""))
            }
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func aBadCampaignsFileIsRefusedWholeWithItsLines() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.campaigns, text: try SampleFiles.bad("campaigns.csv"), file: "campaigns.csv")
            }
            #expect(error?.lines == [
                "campaigns.csv:3: name: TABULA 'Tabula Pro 13 launch' is already reported on line 2; a file reports each once",
                "campaigns.csv:4: kind: must be launch or promotion, but was 'sale'",
                "campaigns.csv:5: queue: Queue PAWS-CHAT-ES-MX is not a queue of client account TABULA.",
                "campaigns.csv:6: last_day: must not be before firstDay 2026-04-19, but was 2026-04-13",
                "campaigns.csv:6: expected_uplift: must be a factor from 0.1 to 10 (1.3 = 30% more contacts), but was 130.0",
                "campaigns.csv:7: account: Client account NOPE has not been signed.",
            ])
            #expect(try await LogInspection.eventCount(store) == before, "line 2 is good, yet nothing is appended")
        }
    }

    @Test func confirmedDaysAreRecordedListedAndWithdrawn() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            _ = try await runner.run(QueueCommand.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: "stocktake"))
            #expect(try await runner.run(QueueCommand.confirmDay(queue: "TEMPO-CHAT-FR", on: "2026-03-09", reason: "storm"))
                .map(\.eventType) == ["QueueDayConfirmedReal"])
            let before = try await LogInspection.eventCount(store)
            await #expect(throws: QueueRejection.dayRecordedClosed("TEMPO-CHAT-FR", day: "2026-03-06")) {
                try await runner.run(QueueCommand.confirmDay(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: ""))
            }
            #expect(try await LogInspection.eventCount(store) == before)
            let listings = Listings(store: store)
            #expect(try await listings.confirmedDays(account: "TEMPO").map(\.day) == ["2026-03-09"])
            _ = try await runner.run(QueueCommand.withdrawDayConfirmation(queue: "TEMPO-CHAT-FR", on: "2026-03-09", reason: "outage"))
            #expect(try await listings.confirmedDays(queue: "TEMPO-CHAT-FR").isEmpty)
            #expect(try await runner.run(QueueCommand.confirmDay(queue: "TEMPO-CHAT-FR", on: "2026-03-09", reason: "storm"))
                .count == 1, "confirmed again after a withdrawal")
            #expect(try await listings.confirmedDays(queue: "TEMPO-CHAT-FR").map(\.reason) == ["storm"])
        }
    }
}
