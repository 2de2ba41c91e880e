import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import Foundation
import PostgresTestSupport
import Testing

/// Against a real PostgreSQL: every input issue 11 found accepted or crashing is refused
/// whole, with its line and column, and appends nothing.
@Suite struct RefusedInputTests {
    static let cases: [(kind: ImportKind, text: String, problem: String)] = [
        (.sites, "site_id,name,country,timezone,seats,languages,opened_on\nBIG,Big,PH,Asia/Manila,3000000000,en,2019-03-01\n",
         "sites.csv:2: seats: must be from 1 to 100,000, but was 3000000000"),
        (.sites, "site_id,name,country,timezone,seats,languages,opened_on\nNUL,Nu\u{0}l,PH,Asia/Manila,10,en,2019-03-01\n",
         "sites.csv:2: name: must not contain control characters, but has U+0000"),
        (.intervals, "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds\n"
            + "TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,3000000000,0,0,0,0\n",
         "intervals.csv:2: offered: must be from 0 to 1,000,000, but was 3000000000"),
        (.intervals, "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds\n"
            + "TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,9223372036854775807,9223372036854775807,0,0,1\n",
         "intervals.csv:2: offered: must be from 0 to 1,000,000, but was 9223372036854775807"),
        (.intervals, "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds\n"
            + "TAB-VOICE-EN-US,2026-03-09T13:00:00Z,30,40,39,1,33,7020\n"
            + "TAB-VOICE-EN-US,2026-03-09T13:00:00Z,30,41,39,1,33,7020\n",
         "intervals.csv:3: interval_start: TAB-VOICE-EN-US 2026-03-09T13:00:00Z is already reported on line 2; a file reports each once"),
        (.shifts, "agent_id,date,start,end,queues\nMNL-1001,9999-12-31,22:00,06:00,TAB-VOICE-EN-US\n",
         "shifts.csv:2: date: must be a day from 1900-01-01 to 9998-12-31 (9999-12-31 as \"no end date\" is not a date: leave an open end empty), but was '9999-12-31'"),
        (.shifts, "agent_id,date,start,end,queues,breaks\nMNL-1001,2026-03-09,09:00,17:00,TAB-VOICE-EN-US,12:00+9223372036854775807\n",
         "shifts.csv:2: breaks: each entry must be a local start and minutes from 1 to 1,440 such as 12:00+30, but '12:00+9223372036854775807' is not"),
        (.trainingProgress, "agent_id,program_id,step,date\nMNL-1001,TAB-SLATE,certify,9999-06-01\n",
         "training-progress.csv:2: date: must be a day from 1900-01-01 to 9998-12-31 (9999-12-31 as \"no end date\" is not a date: leave an open end empty), but was '9999-06-01'"),
    ]

    @Test func everyFindingIsRefusedWholeAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let importer = Importer(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            for (kind, text, problem) in Self.cases {
                let error = await #expect(throws: ImportRejection.self) {
                    try await importer.importFile(kind, text: text, file: kind.fileName)
                }
                #expect(error?.lines.first == problem)
            }
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func aTokenLifetimeOfCenturiesIsRefusedAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let issuer = TokenIssuer(store: store, actor: "test")
            let now = Date()
            await #expect(throws: ApiTokenRejection.self) {
                _ = try await issuer.issue(account: "TABULA", label: "BI", expiresAt: now.addingTimeInterval(99_999_999_999 * 86_400), now: now)
            }
            #expect(try await store.readCategory("apitoken").isEmpty)
            _ = try await issuer.issue(account: "TABULA", label: "BI", expiresAt: now.addingTimeInterval(90 * 86_400), now: now)
            #expect(try await store.readCategory("apitoken").count == 1)
        }
    }

    @Test func commandsWithOutOfRangeValuesAppendNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            await #expect(throws: SiteRejection.self) {
                _ = try await runner.run(SiteCommand.changeSeats(site: "MNL", seats: 3_000_000_000, effectiveOn: "2026-03-01"))
            }
            await #expect(throws: ShiftRejection.self) {
                _ = try await runner.run(ShiftCommand.plan(PlanShift(
                    shiftID: "S-BREAK", agentID: "MNL-1001", queues: ["TAB-VOICE-EN-US"], date: "2026-03-09",
                    start: "09:00", end: "17:00", breaks: [ShiftBreak(start: "12:00", minutes: .max)])))
            }
            await #expect(throws: ShiftRejection.self) {
                _ = try await runner.run(ShiftCommand.plan(PlanShift(
                    shiftID: "S-END", agentID: "MNL-1001", queues: ["TAB-VOICE-EN-US"], date: "9999-12-31",
                    start: "22:00", end: "06:00")))
            }
            await #expect(throws: AgentRejection.self) {
                _ = try await runner.run(AgentCommand.changeStatus(agent: "MNL-1001", to: .onLeave, effectiveOn: "2026-03-01",
                                                                   reason: "sick\u{0}"))
            }
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }
}
