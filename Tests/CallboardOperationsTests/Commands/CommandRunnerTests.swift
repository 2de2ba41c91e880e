import CallboardDomain
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

@Suite("Running commands")
struct CommandRunnerTests {
    static let cebu = OpenSite(siteID: "CEB", name: "Cebu", country: "PH", timeZone: "Asia/Manila", seats: 260,
                               languages: ["en", "tl"], openedOn: "2021-07-12")

    @Test func aCommandAppendsItsEventsWithTheirOrigin() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let runner = CommandRunner(store: store, actor: "ana.cruz")
            let events = try await runner.run(SiteCommand.open(Self.cebu), source: "cli:site open")
            #expect(events.map(\.eventType) == ["SiteOpened"])
            let stored = try await LogInspection.events(in: "site-CEB", store)
            #expect(stored.map(\.id) == events.map(\.eventID))
            #expect(stored.first?.metadata.actor == "ana.cruz")
            #expect(stored.first?.metadata.source == "cli:site open")
            let unchanged = try await runner.run(SiteCommand.changeSeats(site: "CEB", seats: 260, effectiveOn: "2026-03-01"))
            #expect(unchanged.isEmpty)
            #expect(try await LogInspection.eventCount(store) == 1)
        }
    }

    @Test func aRefusalIsTheDomainsOwnAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let runner = CommandRunner(store: store, actor: "test")
            let hire = HireAgent(agentID: "CEB-1", siteID: "CEB", name: "Paolo", languages: [LanguageSkill("en", .fluent)],
                                 skills: [.email], hiredOn: "2026-03-02")
            await #expect(throws: AgentRejection.siteNotOpened("CEB")) {
                try await runner.run(AgentCommand.hire(hire))
            }
            _ = try await runner.run(SiteCommand.open(Self.cebu))
            #expect(try await runner.run(AgentCommand.hire(hire)).map(\.eventType) == ["AgentHired"])
            #expect(try await LogInspection.eventCount(store) == 2)
        }
    }

    @Test func anOverlappingShiftIsRefusedAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            let night = PlanShift(shiftID: "N1", agentID: "MNL-1001", queues: ["TAB-VOICE-EN-US"], date: "2026-03-02",
                                  start: "21:00", end: "06:00")
            _ = try await runner.run(ShiftCommand.plan(night))
            let before = try await LogInspection.eventCount(store)
            var early = night
            (early.shiftID, early.date, early.start, early.end) = ("E1", "2026-03-03", "05:00", "13:00")
            await #expect(throws: ShiftRejection.overlapsShift(
                "N1", localStart: LocalDateTime(date: "2026-03-02", time: "21:00"),
                localEnd: LocalDateTime(date: "2026-03-03", time: "06:00"))) {
                try await runner.run(ShiftCommand.plan(early))
            }
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func planningNeedsAnOpenQueue() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            _ = try await runner.run(QueueCommand.close(queue: "TAB-CHAT-DE", closedOn: "2026-03-01", reason: "moved to Sofia"))
            let shift = PlanShift(shiftID: "D1", agentID: "SOF-4001", queues: ["TAB-CHAT-DE"], date: "2026-03-02",
                                  start: "09:00", end: "17:00")
            await #expect(throws: ShiftRejection.unknownQueues(["TAB-CHAT-DE"])) {
                try await runner.run(ShiftCommand.plan(shift))
            }
        }
    }
}
