import Foundation
import Testing
@testable import CallboardDomain

@Suite("Certification: enrolment, modules and the assessment's retake limit")
struct CertificationTrainingTests {
    private func trainee() throws -> Trainee { try Trainee(program: SlateProgram.defined(), site: World.manila()) }

    @Test func enrolmentNeedsADefinedProgramAndAHiredAgent() throws {
        var trainee = try trainee()
        let enrol = CertificationCommand.enrol(agent: "A-1", program: "TAB-SLATE", on: "2026-02-02")
        #expect(throws: CertificationRejection.programNotDefined("TAB-SLATE")) {
            try Certification.decide(enrol, state: nil, context: CertificationContext(agent: trainee.agent))
        }
        #expect(throws: CertificationRejection.agentNotHired("A-1")) {
            try Certification.decide(enrol, state: nil, context: CertificationContext(program: trainee.program))
        }
        let events = try trainee.run(enrol)
        #expect(events == [.enrolled(.init(agentID: "A-1", programID: "TAB-SLATE", cycle: 1, programRevision: 1,
                                           enrolledOn: "2026-02-02"))])
        #expect(Certification.streamID(for: enrol) == "certification-A-1-TAB-SLATE")
        #expect(try trainee.decide(enrol).isEmpty)
        #expect(throws: CertificationRejection.alreadyEnrolled("A-1", "TAB-SLATE", since: "2026-02-02")) {
            try trainee.decide(.enrol(agent: "A-1", program: "TAB-SLATE", on: "2026-02-09"))
        }
    }

    @Test func aModuleMustBelongToTheProgram() throws {
        var trainee = try trainee()
        let module = CertificationCommand.completeModule(
            agent: "A-1", program: "TAB-SLATE", module: "slate-basics", on: "2026-02-03")
        #expect(throws: CertificationRejection.notEnrolled("A-1", "TAB-SLATE")) { try trainee.decide(module) }
        try trainee.run(.enrol(agent: "A-1", program: "TAB-SLATE", on: "2026-02-02"))
        let unknown = CertificationRejection.unknownModule("watch-straps", program: "TAB-SLATE",
                                                            known: ["slate-basics", "returns"])
        #expect(throws: unknown) {
            try trainee.decide(.completeModule(agent: "A-1", program: "TAB-SLATE", module: "watch-straps",
                                               on: "2026-02-03"))
        }
        #expect(unknown.description == "Training program TAB-SLATE has no module watch-straps; its modules are "
            + "slate-basics, returns (field module).")
        #expect(try trainee.run(module).count == 1)
        #expect(try trainee.decide(module).isEmpty)
        #expect(throws: CertificationRejection.moduleAlreadyCompleted("slate-basics", on: "2026-02-03")) {
            try trainee.decide(.completeModule(agent: "A-1", program: "TAB-SLATE", module: "slate-basics",
                                               on: "2026-02-04"))
        }
    }

    @Test func theAssessmentComesAfterEveryModule() throws {
        var trainee = try trainee()
        try trainee.run(.enrol(agent: "A-1", program: "TAB-SLATE", on: "2026-02-02"))
        try trainee.run(.completeModule(agent: "A-1", program: "TAB-SLATE", module: "slate-basics", on: "2026-02-03"))
        let refusal = CertificationRejection.modulesOutstanding("A-1", ["returns"])
        #expect(throws: refusal) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: 90,
                                                 on: "2026-02-13"))
        }
        #expect(refusal.description == "Agent A-1 must complete module returns before the assessment.")
    }

    @Test func noRetakePastTheLimit() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        for (attempt, score) in [(1, 70.0), (2, 75.0)] {
            let events = try trainee.run(.recordAssessment(
                agent: "A-1", program: "TAB-SLATE", attempt: attempt, scorePercent: score, on: "2026-02-13"))
            #expect(events.count == 1)
        }
        let last = CertificationCommand.recordAssessment(
            agent: "A-1", program: "TAB-SLATE", attempt: 3, scorePercent: 79.5, on: "2026-02-20")
        let events = try trainee.run(last)
        #expect(events.map(\.eventType) == ["AssessmentTaken", "CertificationFailed"])
        guard case let .failed(failed) = events.last else { Issue.record("not failed"); return }
        #expect(failed.attempts == 3 && failed.bestScorePercent == 79.5 && failed.failedOn == "2026-02-20")
        #expect(try trainee.decide(last).isEmpty)
        let refusal = CertificationRejection.retakesExhausted("A-1", "TAB-SLATE", attempts: 3, retakeLimit: 2)
        #expect(throws: refusal) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 4, scorePercent: 95,
                                                 on: "2026-02-27"))
        }
        #expect(refusal.description == "Agent A-1 has used all 3 assessment attempts on program TAB-SLATE "
            + "(the first attempt and 2 retakes); enrol them again to start over.")
        #expect(throws: CertificationRejection.noTrainingInProgress("A-1", "TAB-SLATE")) {
            try trainee.decide(.startNesting(agent: "A-1", program: "TAB-SLATE", on: "2026-02-23"))
        }
    }

    @Test func reEnrollingAfterFailingStartsAFreshCycle() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        for attempt in 1...3 {
            try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: attempt, scorePercent: 60,
                                              on: "2026-02-13"))
        }
        try trainee.trainInClassroom(from: "2026-03-02")
        #expect(trainee.state?.training.number == 2)
        #expect(trainee.state?.training.attempts.isEmpty == true)
        let events = try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1,
                                                       scorePercent: 85, on: "2026-03-13"))
        #expect(trainee.state?.training.passedAssessment != nil && events.count == 1)
    }

    @Test func attemptsAreRecordedInOrderAndNeverOverwritten() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        #expect(throws: CertificationRejection.attemptOutOfSequence(attempt: 2, expected: 1)) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 2, scorePercent: 90,
                                                 on: "2026-02-13"))
        }
        try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: 72,
                                          on: "2026-02-13"))
        #expect(throws: CertificationRejection.attemptAlreadyRecorded(attempt: 1)) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: 92,
                                                 on: "2026-02-13"))
        }
        try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 2, scorePercent: 80,
                                          on: "2026-02-16"))
        #expect(throws: CertificationRejection.assessmentAlreadyPassed("A-1", on: "2026-02-16", scorePercent: 80)) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 3, scorePercent: 95,
                                                 on: "2026-02-17"))
        }
    }

    @Test(arguments: [-5.0, 100.5, .nan]) func scoresArePercentages(_ score: Double) throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        let error = try #require(throws: CertificationRejection.self) {
            try trainee.decide(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: score,
                                                 on: "2026-02-13"))
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["scorePercent"])
    }

    @Test func anAgentWhoLeftCannotEnrol() throws {
        let trainee = try trainee()
        let left = try #require(Agent.fold([
            .hired(.init(agentID: "A-1", siteID: "MNL", name: "Agent A-1", languages: [LanguageSkill("en", .fluent)],
                         skills: [.voice], hiredOn: "2025-01-06")),
            .statusChanged(.init(agentID: "A-1", from: .training, to: .left, effectiveOn: "2026-01-30", reason: "")),
        ]))
        #expect(throws: CertificationRejection.agentHasLeft("A-1")) {
            try Certification.decide(.enrol(agent: "A-1", program: "TAB-SLATE", on: "2026-02-02"), state: nil,
                                     context: CertificationContext(program: trainee.program, agent: left))
        }
    }
}
