import CallboardDomain
import CallboardOperations
import EventStore
import PostgresTestSupport
import Testing

/// The training rules through the application layer: the assessment's retake limit, the
/// nesting standard (period, evaluations, average), and the revision an agent trains under.
@Suite("Certification commands")
struct CertificationCommandTests {
    @Test func retakesPastTheLimitAreRefusedAndTheTrainingFails() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let runner = CommandRunner(store: store, actor: "trainer")
            let agent: AgentID = "MNL-1003", program: ProgramID = "TAB-SLATE"
            _ = try await runner.run(CertificationCommand.completeModule(agent: agent, program: program, module: "returns",
                                                                        on: "2026-01-22"))
            for (attempt, day) in [(1, "2026-01-24"), (2, "2026-01-25")] as [(Int, LocalDate)] {
                let events = try await runner.run(CertificationCommand.recordAssessment(
                    agent: agent, program: program, attempt: attempt, scorePercent: 70, on: day))
                #expect(events.map(\.eventType) == ["AssessmentTaken"])
            }
            let last = try await runner.run(CertificationCommand.recordAssessment(
                agent: agent, program: program, attempt: 3, scorePercent: 79.5, on: "2026-01-27"))
            #expect(last.map(\.eventType) == ["AssessmentTaken", "CertificationFailed"])
            await #expect(throws: CertificationRejection.retakesExhausted(agent, program, attempts: 3, retakeLimit: 2)) {
                try await runner.run(CertificationCommand.recordAssessment(
                    agent: agent, program: program, attempt: 4, scorePercent: 95, on: "2026-01-28"))
            }
            await #expect(throws: CertificationRejection.noTrainingInProgress(agent, program)) {
                try await runner.run(CertificationCommand.certify(agent: agent, program: program, on: "2026-02-10"))
            }
        }
    }

    @Test func nestingMustBeCompleteAndTheCycleKeepsItsRevision() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            try await World.importTraining(into: store)
            let runner = CommandRunner(store: store, actor: "trainer")
            let agent: AgentID = "KUL-6001", program: ProgramID = "TAB-SLATE"
            // Enrolled under revision 1 (revision 2 only takes effect on 2026-09-01): two modules.
            let enrolled = try await runner.run(CertificationCommand.enrol(agent: agent, program: program, on: "2026-03-02"))
            guard case let .enrolled(enrolment)? = enrolled.first else { Issue.record("not enrolled"); return }
            #expect(enrolment.programRevision == 1)
            for module: ModuleID in ["slate-basics", "returns"] {
                _ = try await runner.run(CertificationCommand.completeModule(agent: agent, program: program, module: module,
                                                                            on: "2026-03-03"))
            }
            await #expect(throws: CertificationRejection.assessmentNotPassed(agent, program)) {
                try await runner.run(CertificationCommand.startNesting(agent: agent, program: program, on: "2026-03-04"))
            }
            _ = try await runner.run(CertificationCommand.recordAssessment(agent: agent, program: program, attempt: 1,
                                                                          scorePercent: 90, on: "2026-03-04"))
            _ = try await runner.run(CertificationCommand.startNesting(agent: agent, program: program, on: "2026-03-05"))
            for (id, score) in [("Q1", 70.0), ("Q2", 75.0)] {
                _ = try await runner.run(CertificationCommand.recordNestingQA(
                    agent: agent, program: program, evaluationID: id, evaluator: "Liza", score: score, on: "2026-03-06"))
            }
            await #expect(throws: CertificationRejection.notReadyForCertification(agent, program, [
                .nestingPeriodRunsUntil("2026-03-15"), .nestingAverageBelowMinimum(average: 72.5, minimum: 85),
            ])) {
                try await runner.run(CertificationCommand.certify(agent: agent, program: program, on: "2026-03-10"))
            }
            for (id, score) in [("Q3", 98.0), ("Q4", 99.0)] {
                _ = try await runner.run(CertificationCommand.recordNestingQA(
                    agent: agent, program: program, evaluationID: id, evaluator: "Liza", score: score, on: "2026-03-12"))
            }
            let certified = try await runner.run(CertificationCommand.certify(agent: agent, program: program, on: "2026-03-16"))
            guard case let .certified(granted)? = certified.first else { Issue.record("not certified"); return }
            // Twelve months would run to 2027-03-16; revision 2 makes revision-1 holders recertify by 2026-11-15.
            #expect(granted.expiresOn == "2026-11-16" && granted.recertifyRevision == 2)
            #expect(try await runner.run(CertificationCommand.certify(agent: agent, program: program, on: "2026-03-16")).isEmpty)
        }
    }
}
