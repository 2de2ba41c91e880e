import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

@Suite("Importing entities and facts")
struct EntityImportTests {
    static let agentsHeader = "agent_id,site_id,name,hired_on,languages,skills,status,status_on\n"

    @Test func aFileBuildsOnItselfAndARepeatedRowChangesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let row = "MNL-2001,MNL,Joy Bautista,2026-03-02,en:fluent;tl:native,chat,nesting,2026-04-06\n"
            let report = try await Importer(store: store, actor: "test")
                .importFile(.agents, text: Self.agentsHeader + row + row, file: "agents.csv")
            #expect(report.eventsByType == ["AgentHired": 1, "AgentStatusChanged": 1])
            #expect(report.rowsAlreadyStored == 1)
            #expect(try await LogInspection.types(in: "agent-MNL-2001", store) == ["AgentHired", "AgentStatusChanged"])
        }
    }

    @Test func aRowContradictingWhatIsStoredIsAProblem() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let before = try await LogInspection.eventCount(store)
            let text = Self.agentsHeader
                + "MNL-2001,MNL,Joy Bautista,2026-03-02,en:fluent,chat,,\n"
                + "MNL-1001,MNL,Maria Santos,2023-08-14,en:fluent;tl:native,voice,live,2023-10-02\n"
                + "ZZZ-1,ZZZ,Nobody,2026-03-02,en:fluent,chat,,\n"
            let rejection = await #expect(throws: ImportRejection.self) {
                try await Importer(store: store, actor: "test").importFile(.agents, text: text, file: "agents.csv")
            }
            #expect(rejection?.lines == [
                "agents.csv:3: agent_id: Agent MNL-1001 is already hired; choose another agent id.",
                "agents.csv:4: site_id: Site ZZZ has not been opened.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func reimportingAgentsWhoMovedOnSinceChangesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            _ = try await CommandRunner(store: store, actor: "test")
                .run(AgentCommand.changeStatus(agent: "MNL-1001", to: .onLeave, effectiveOn: "2026-03-09", reason: "leave"))
            let report = try await Importer(store: store, actor: "test")
                .importFile(.agents, text: try SampleFiles.text(.agents), file: "agents.csv")
            #expect(report.eventsAppended == 0)
            #expect(report.rowsAlreadyStored == report.rowsRead)
        }
    }

    @Test func overlappingShiftsInOneFileAreRefusedTogether() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let before = try await LogInspection.eventCount(store)
            let text = "agent_id,date,start,end,queues\n"
                + "MNL-1001,2026-03-02,21:00,06:00,TAB-VOICE-EN-US\n"
                + "MNL-1001,2026-03-03,04:00,12:00,TAB-VOICE-EN-US\n"
            let rejection = await #expect(throws: ImportRejection.self) {
                try await Importer(store: store, actor: "test").importFile(.shifts, text: text, file: "shifts.csv")
            }
            #expect(rejection?.lines == [
                "shifts.csv:3: start: The agent already has shift MNL-1001-2026-03-02-2100 from 2026-03-02 21:00 to 2026-03-03 06:00, which this shift overlaps.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func qualityFactsMustNameKnownAgentsQueuesAndAccounts() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let text = "commendation_id,agent_id,account_id,note,received_at\n"
                + "CM-1,MNL-9999,TABULA,Great,2026-03-04T16:20:00Z\n"
                + "CM-2,MNL-1001,NOPE,Great,2026-03-04T16:20:00Z\n"
            let rejection = await #expect(throws: ImportRejection.self) {
                try await Importer(store: store, actor: "test").importFile(.commendations, text: text, file: "commendations.csv")
            }
            #expect(rejection?.lines == [
                "commendations.csv:2: agent_id: Agent MNL-9999 has not been hired.",
                "commendations.csv:3: account_id: Client account NOPE has not been signed.",
            ])
        }
    }

    @Test func eventsCarryWhoImportedThemAndFromWhichFile() async throws {
        try await TestDatabase.withEventStore { store, _ in
            _ = try await Importer(store: store, actor: "maria.santos")
                .importFile(.sites, text: try SampleFiles.text(.sites), file: "sites.csv")
            let event = try #require(try await LogInspection.events(in: "site-MNL", store).first)
            #expect(event.type == "SiteOpened")
            #expect(event.metadata.actor == "maria.santos")
            #expect(event.metadata.source == "import:sites.csv")
            let site = try event.domainEvent(as: SiteEvent.self)
            #expect(event.id == site.eventID)
        }
    }
}
