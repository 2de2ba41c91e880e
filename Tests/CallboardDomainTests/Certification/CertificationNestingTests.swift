import Foundation
import Testing
@testable import CallboardDomain

@Suite("Certification: nesting and the certification decision")
struct CertificationNestingTests {
    private func trainee(at site: SiteState? = nil) throws -> Trainee {
        try Trainee(program: SlateProgram.defined(), site: site ?? World.manila())
    }

    private let certify = CertificationCommand.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-02")

    @Test func nestingNeedsAPassedAssessment() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        #expect(throws: CertificationRejection.assessmentNotPassed("A-1", "TAB-SLATE")) {
            try trainee.decide(.startNesting(agent: "A-1", program: "TAB-SLATE", on: "2026-02-16"))
        }
        #expect(throws: CertificationRejection.nestingNotStarted("A-1", "TAB-SLATE")) {
            try trainee.decide(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-1",
                                                evaluator: "qa.lee", score: 90, on: "2026-02-18"))
        }
        try trainee.passAndStartNesting()
        #expect(trainee.state?.training.nesting?.completesOn == "2026-03-02")
        #expect(throws: CertificationRejection.nestingAlreadyStarted("A-1", on: "2026-02-16")) {
            try trainee.decide(.startNesting(agent: "A-1", program: "TAB-SLATE", on: "2026-02-17"))
        }
    }

    @Test func noCertificationWithoutAPassedAssessment() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        #expect(throws: CertificationRejection.notReadyForCertification(
            "A-1", "TAB-SLATE", [.assessmentNotPassed(attempts: 0)])) { try trainee.decide(certify) }
        try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: 70,
                                          on: "2026-02-13"))
        #expect(throws: CertificationRejection.notReadyForCertification(
            "A-1", "TAB-SLATE", [.assessmentNotPassed(attempts: 1)])) { try trainee.decide(certify) }
    }

    @Test func noCertificationBeforeNestingIsComplete() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: 1, scorePercent: 88,
                                          on: "2026-02-13"))
        #expect(throws: CertificationRejection.notReadyForCertification("A-1", "TAB-SLATE", [.nestingNotStarted])) {
            try trainee.decide(certify)
        }
        try trainee.run(.startNesting(agent: "A-1", program: "TAB-SLATE", on: "2026-02-16"))
        try trainee.evaluateNesting([78, 82])
        let early = CertificationCommand.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-01")
        let refusal = CertificationRejection.notReadyForCertification("A-1", "TAB-SLATE", [
            .nestingPeriodRunsUntil("2026-03-02"), .tooFewNestingEvaluations(recorded: 2, required: 3),
            .nestingAverageBelowMinimum(average: 80, minimum: 85),
        ])
        #expect(throws: refusal) { try trainee.decide(early) }
        #expect(refusal.description == "Agent A-1 cannot be certified on program TAB-SLATE yet: the nesting period "
            + "runs until 2026-03-02; 2 nesting QA evaluations are recorded, 3 needed; the nesting QA average is 80, "
            + "below the minimum of 85.")
    }

    @Test func theAverageMustReachTheMinimumEvenWithEnoughEvaluations() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        try trainee.passAndStartNesting()
        try trainee.evaluateNesting([90, 80, 82])
        #expect(throws: CertificationRejection.notReadyForCertification(
            "A-1", "TAB-SLATE", [.nestingAverageBelowMinimum(average: 84, minimum: 85)])) {
            try trainee.decide(certify)
        }
        try trainee.run(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-extra",
                                         evaluator: "qa.ong", score: 100, on: "2026-03-01"))
        #expect(try trainee.run(certify).map(\.eventType) == ["AgentCertified"])
    }

    @Test func nestingEvaluationsAreFactsRecordedOnce() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        try trainee.passAndStartNesting()
        let evaluation = CertificationCommand.recordNestingQA(
            agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-7", evaluator: "qa.lee", score: 90, on: "2026-02-18")
        try trainee.run(evaluation)
        #expect(try trainee.decide(evaluation).isEmpty)
        #expect(throws: CertificationRejection.evaluationAlreadyRecorded("QA-7")) {
            try trainee.decide(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-7",
                                                evaluator: "qa.lee", score: 60, on: "2026-02-18"))
        }
        let error = try #require(throws: CertificationRejection.self) {
            try trainee.decide(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-8",
                                                evaluator: "qa.lee", score: 90, on: "2026-02-15"))
        }
        #expect(error.description == "evaluatedOn must not be before nesting started on 2026-02-16, "
            + "but was 2026-02-15.")
    }

    @Test func certificationHoldsForTheValidityOnTheSiteClock() throws {
        var trainee = try trainee()
        try trainee.certify()
        let granted = try #require(trainee.granted)
        #expect(granted.certifiedOn == "2026-03-02" && granted.expiresOn == "2027-03-02")
        #expect(granted.timeZone == "Asia/Manila" && granted.recertifyRevision == nil)
        #expect(granted.validFrom == utc("2026-03-01T16:00:00Z"))
        #expect(granted.validUntil == utc("2027-03-01T16:00:00Z"))
        #expect(granted.nestingEvaluations == 3 && granted.nestingAverageScore == 268.0 / 3)
        #expect(try trainee.decide(certify).isEmpty)
        #expect(throws: CertificationRejection.alreadyCertified("A-1", "TAB-SLATE", on: "2026-03-02")) {
            try trainee.decide(.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-03"))
        }
        #expect(throws: CertificationRejection.noTrainingInProgress("A-1", "TAB-SLATE")) {
            try trainee.decide(.recordNestingQA(agent: "A-1", program: "TAB-SLATE", evaluationID: "QA-late",
                                                evaluator: "qa.lee", score: 95, on: "2026-03-03"))
        }
    }

    @Test func validityIsReadOnTheLocalClockInSummerTimeToo() throws {
        var trainee = try trainee(at: World.sofia())
        try trainee.certify(from: "2026-06-03", on: "2026-07-01")
        let granted = try #require(trainee.granted)
        #expect(granted.validFrom == utc("2026-06-30T21:00:00Z"))  // EEST, UTC+3
        #expect(granted.validUntil == utc("2027-06-30T21:00:00Z"))
    }

    @Test func certifyingNeedsTheAgentsSiteClock() throws {
        var trainee = try trainee()
        try trainee.trainInClassroom()
        try trainee.passAndStartNesting()
        try trainee.evaluateNesting([90, 90, 90])
        #expect(throws: CertificationRejection.siteNotOpened("MNL")) {
            try Certification.decide(self.certify, state: trainee.state,
                                     context: CertificationContext(program: trainee.program, agent: trainee.agent))
        }
    }
}
