import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

/// Shift planning through the application layer checks the certification of the queue's
/// program (the sample world: TAB-SLATE covers every TABULA queue, revision 2 requires
/// holders to recertify by 2026-11-15; MNL-1001 is certified 2025-06-19 to 2026-06-19).
@Suite("Certification gates shift planning")
struct CertificationGatingTests {
    static func plan(_ agent: AgentID, _ queue: QueueID, on date: LocalDate, _ start: LocalTime = "21:00",
                     _ end: LocalTime = "06:00") -> ShiftCommand {
        .plan(PlanShift(shiftID: ShiftID("\(agent)-\(date)"), agentID: agent, queues: [queue], date: date,
                        start: start, end: end))
    }

    @Test func eachReasonRefusesThePlanAndAppendsNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            _ = try await runner.run(CertificationCommand.revoke(
                agent: "MNL-1002", program: "TAB-SLATE", at: try FieldSyntax.instant("2026-04-01T00:00:00Z"), reason: "QA finding"))
            let before = try await LogInspection.eventCount(store)
            let refusals: [(ShiftCommand, QueueID, CertificationGap)] = [
                (Self.plan("MNL-1003", "TAB-VOICE-EN-US", on: "2026-03-09"), "TAB-VOICE-EN-US", .neverCertified("TAB-SLATE")),
                (Self.plan("MNL-1001", "TAB-EMAIL-EN", on: "2026-07-06"), "TAB-EMAIL-EN", .expired("TAB-SLATE", on: "2026-06-19")),
                (Self.plan("MNL-1001", "TAB-EMAIL-EN", on: "2026-06-18"), "TAB-EMAIL-EN",
                 .endsDuringShift("TAB-SLATE", .expires(on: "2026-06-19"))),
                (Self.plan("SOF-4001", "TAB-CHAT-DE", on: "2026-11-20", "09:00", "17:00"), "TAB-CHAT-DE",
                 .recertificationRequired("TAB-SLATE", revision: 2, by: "2026-11-15")),
                (Self.plan("MNL-1002", "TAB-VOICE-EN-US", on: "2026-04-06"), "TAB-VOICE-EN-US",
                 .revoked("TAB-SLATE", on: "2026-04-01", reason: "QA finding")),
                (Self.plan("SCZ-3002", "PAWS-CHAT-ES-MX", on: "2026-03-09", "09:00", "17:00"), "PAWS-CHAT-ES-MX",
                 .neverCertified("PAWS-CARE")),
            ]
            for (command, queue, gap) in refusals {
                await #expect(throws: ShiftRejection.notCertified(command.agentID, queue: queue, gap)) {
                    try await runner.run(command)
                }
            }
            #expect(try await LogInspection.eventCount(store) == before)
            let expired = ShiftRejection.notCertified("MNL-1001", queue: "TAB-EMAIL-EN", .expired("TAB-SLATE", on: "2026-06-19"))
            #expect(expired.description.contains("expired on 2026-06-19"))

            // Certified for the whole shift; a queue no program covers is open to everyone.
            #expect(try await runner.run(Self.plan("MNL-1001", "TAB-EMAIL-EN", on: "2026-03-09")).count == 1)
            #expect(try await runner.run(Self.plan("SCZ-3002", "ELETRO-VOICE-PT-BR", on: "2026-03-09", "09:00", "17:00"))
                .count == 1)
        }
    }

    @Test func aShiftsFileWithAnUncertifiedRowIsRejectedWhole() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let before = try await LogInspection.eventCount(store)
            let importer = Importer(store: store, actor: "test")
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.shifts, text: try SampleFiles.bad("shifts.csv"), file: "shifts.csv")
            }
            #expect(error?.problems.map { "\($0)" } == [
                "shifts.csv:3: queues: Agent MNL-1003 cannot be scheduled on queue TAB-VOICE-EN-US for this shift: "
                    + "never certified for program TAB-SLATE.",
                "shifts.csv:4: queues: Agent MNL-1001 cannot be scheduled on queue TAB-VOICE-EN-US for this shift: "
                    + "the certification for program TAB-SLATE expired on 2026-06-19.",
                "shifts.csv:5: queues: Agent SOF-4001 cannot be scheduled on queue TAB-CHAT-DE for this shift: "
                    + "the certification for program TAB-SLATE lapsed after 2026-11-15: revision 2 required "
                    + "recertification by then.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func aBadProgressFileIsRejectedWholeNamingEachLine() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            let programs = try await importer.importFile(
                .trainingPrograms, text: try SampleFiles.text(.trainingPrograms), file: "training-programs.csv")
            #expect(programs.eventsByType == ["TrainingProgramDefined": 2, "TrainingProgramRevised": 1])
            let before = try await LogInspection.eventCount(store)
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.trainingProgress, text: try SampleFiles.bad("training-progress.csv"),
                                              file: "training-progress.csv")
            }
            #expect(error?.problems.map { "\($0.line):\($0.column ?? "")" } == ["3:module", "4:module", "5:step", "6:step",
                                                                               "7:program_id"])
            #expect(error?.problems.first?.reason.contains("has no module warranty") == true)
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }
}
