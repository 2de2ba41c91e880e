import CallboardDomain
import CallboardImport
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

/// Through the application layer (which reads the account's programs for the decision): a
/// second account-wide program is refused, appending nothing, by command and by import; an
/// explicit replacement and a retirement change which program gates shift planning.
@Suite("Program takeover and retirement through the operations layer")
struct ProgramTakeoverOperationsTests {
    private static let header = "program_id,account_id,name,revision,effective_on,modules,pass_mark,retake_limit,"
        + "nesting_days,nesting_evaluations,nesting_average,validity_months,queues,replaces\n"

    private static func define(_ id: ProgramID, replaces: ProgramID? = nil) -> TrainingProgramCommand {
        .define(DefineTrainingProgram(
            programID: id, accountID: "TABULA", name: "Tabula basics",
            requirements: CertificationRequirements(
                modules: [TrainingModule("basics", title: "Basics")], assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 1),
                nesting: NestingRule(days: 5, minimumEvaluations: 1, minimumAverageScore: 80), validityMonths: 12),
            definedOn: "2026-10-01", replaces: replaces))
    }

    private static let shift = ShiftCommand.plan(PlanShift(
        shiftID: "MNL-1001-2026-03-09", agentID: "MNL-1001", queues: ["TAB-EMAIL-EN"], date: "2026-03-09", start: "21:00", end: "06:00"))

    @Test func aSecondAccountWideProgramIsRefusedByCommandAndByImport() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            let before = try await LogInspection.eventCount(store)
            await #expect(throws: TrainingProgramRejection.accountWideProgramExists(
                "TABULA", existing: "TAB-SLATE", name: "Tabula Slate tablets")) {
                try await runner.run(Self.define("TAB-BASICS"))
            }
            let importer = Importer(store: store, actor: "test")
            let error = await #expect(throws: ImportRejection.self) {
                try await importer.importFile(.trainingPrograms, text: Self.header
                    + "TAB-BASICS,TABULA,Tabula basics,1,2026-10-01,basics:Basics,80,1,5,1,80,12,,\n"
                    + "TAB-GONE,TABULA,Tabula gone,1,2026-10-01,basics:Basics,80,1,5,1,80,12,,TAB-NONE\n",
                    file: "training-programs.csv")
            }
            #expect(error?.problems.map { "\($0)" } == [
                "training-programs.csv:2: queues: Client account TABULA already has account-wide training program TAB-SLATE "
                    + "(Tabula Slate tablets); a second account-wide program would take over gating for every queue of the "
                    + "account. Name the queues it takes over or replace TAB-SLATE explicitly.",
                "training-programs.csv:3: replaces: Client account TABULA has no training program TAB-NONE in force to replace.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
            // TAB-SLATE still gates: MNL-1001 holds it on 9 March.
            #expect(try await runner.run(Self.shift).count == 1)
        }
    }

    @Test func twoAccountWideProgramsInOneFileAreRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let before = try await LogInspection.eventCount(store)
            let error = await #expect(throws: ImportRejection.self) {
                try await Importer(store: store, actor: "test").importFile(.trainingPrograms, text: Self.header
                    + "TAB-ONE,TABULA,Tabula one,1,2026-10-01,basics:Basics,80,1,5,1,80,12,,\n"
                    + "TAB-TWO,TABULA,Tabula two,1,2026-10-01,basics:Basics,80,1,5,1,80,12,,\n"
                    + "TAB-THREE,TABULA,Tabula three,1,2026-10-01,basics:Basics,80,1,5,1,80,12,,TAB-ONE\n",
                    file: "training-programs.csv")
            }
            #expect(error?.problems.map { "\($0)" } == [
                "training-programs.csv:3: queues: Client account TABULA already has account-wide training program TAB-ONE "
                    + "(Tabula one); a second account-wide program would take over gating for every queue of the "
                    + "account. Name the queues it takes over or replace TAB-ONE explicitly.",
            ])
            #expect(try await LogInspection.eventCount(store) == before)
        }
    }

    @Test func anExplicitReplacementThenItsRetirementChangeTheGate() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let runner = CommandRunner(store: store, actor: "test")
            #expect(try await runner.run(Self.define("TAB-BASICS", replaces: "TAB-SLATE")).count == 1)
            await #expect(throws: ShiftRejection.notCertified("MNL-1001", queue: "TAB-EMAIL-EN", .neverCertified("TAB-BASICS"))) {
                try await runner.run(Self.shift)
            }
            let retire = TrainingProgramCommand.retire(RetireTrainingProgram(programID: "TAB-BASICS", retiredOn: "2026-10-15",
                                                                             reason: "client dropped the requirement"))
            #expect(try await runner.run(retire).count == 1)
            #expect(try await runner.run(retire).isEmpty)
            // Neither program gates any more: the queue is open to every speaker of its language.
            #expect(try await runner.run(Self.shift).count == 1)
            let programs = try await Listings(store: store).programs(of: "TABULA")
            #expect(programs.map { "\($0.id) \($0.retiredOn.map(\.description) ?? "-") \($0.replaces.map(\.rawValue) ?? "-")" }
                    == ["TAB-BASICS 2026-10-15 TAB-SLATE", "TAB-SLATE - -"])
        }
    }
}
