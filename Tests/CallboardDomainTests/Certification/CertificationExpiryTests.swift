import Foundation
import Testing
@testable import CallboardDomain

@Suite("Certification: expiry, program revisions and revocation")
struct CertificationExpiryTests {
    private func certified() throws -> Trainee {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.certify()
        return trainee
    }

    @Test func expiryIsRecordedOnlyOnceDue() throws {
        var trainee = try certified()
        let refusal = CertificationRejection.notYetExpired("A-1", "TAB-SLATE", expiresOn: "2027-03-02")
        #expect(throws: refusal) {
            try trainee.decide(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2027-03-01"))
        }
        #expect(refusal.description
            == "Agent A-1's certification on program TAB-SLATE does not expire until 2027-03-02.")
        let events = try trainee.run(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2027-03-02"))
        #expect(events == [.expired(.init(agentID: "A-1", programID: "TAB-SLATE", certifiedOn: "2026-03-02",
                                          expiredOn: "2027-03-02"))])
        #expect(try trainee.decide(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2027-03-05")).isEmpty)
    }

    @Test func aRevisionCutsTheValidityOfEarlierHolders() throws {
        var trainee = try certified()
        trainee.program = try SlateProgram.revised(trainee.program, recertifyBy: "2026-09-30")
        let interval = try #require(trainee.validity.intervals.first)
        #expect(interval.ending == .recertificationRequired(revision: 2, by: "2026-09-30"))
        #expect(interval.until == utc("2026-09-30T16:00:00Z"))  // 2026-10-01 00:00 in Manila
        #expect(throws: CertificationRejection.notYetExpired("A-1", "TAB-SLATE", expiresOn: "2026-10-01")) {
            try trainee.decide(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2026-09-30"))
        }
        let events = try trainee.run(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2026-10-01"))
        guard case let .expired(expired) = events.first else { Issue.record("no expiry"); return }
        #expect(expired.expiredOn == "2026-10-01")
    }

    @Test func certifyingAfterARevisionWasAnnouncedTakesTheEarlierDeadline() throws {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.trainInClassroom()
        try trainee.passAndStartNesting()
        try trainee.evaluateNesting([90, 86, 92])
        trainee.program = try SlateProgram.revised(trainee.program, recertifyBy: "2026-09-30")
        try trainee.run(.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-02"))
        let granted = try #require(trainee.granted)
        #expect(granted.programRevision == 1)
        #expect(granted.expiresOn == "2026-10-01" && granted.recertifyRevision == 2)
        #expect(trainee.validity.intervals.first?.ending == .recertificationRequired(revision: 2, by: "2026-09-30"))
    }

    @Test func trainingOnAnOldRevisionCannotCertifyPastItsDeadline() throws {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.trainInClassroom()
        try trainee.passAndStartNesting()
        try trainee.evaluateNesting([90, 86, 92])
        trainee.program = try SlateProgram.revised(
            trainee.program, effectiveOn: "2026-02-20", recertifyBy: "2026-02-28")
        #expect(throws: CertificationRejection.revisionRequiresRecertification("TAB-SLATE", revision: 2,
                                                                             by: "2026-02-28")) {
            try trainee.decide(.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-02"))
        }
    }

    @Test func recertifyingUnderTheNewRevisionExtendsValidity() throws {
        var trainee = try certified()
        trainee.program = try SlateProgram.revised(trainee.program, recertifyBy: "2026-09-30")
        try trainee.certify(from: "2026-08-03", on: "2026-08-31")
        #expect(trainee.state?.training.programRevision == 2)
        #expect(trainee.granted?.expiresOn == "2027-08-31")
        #expect(trainee.validity.intervals == [ValidityInterval(
            from: utc("2026-03-01T16:00:00Z"), until: utc("2027-08-30T16:00:00Z"), certifiedOn: "2026-03-02",
            ending: .expires(on: "2027-08-31"))])
    }

    @Test func revocationEndsTheCertificationInForce() throws {
        var trainee = try certified()
        let revoke = CertificationCommand.revoke(agent: "A-1", program: "TAB-SLATE", at: utc("2026-06-10T03:00:00Z"),
                                                 reason: "shared a buyer's card details")
        let events = try trainee.run(revoke)
        guard case let .revoked(revoked) = events.first else { Issue.record("not revoked"); return }
        #expect(revoked.revokedOn == "2026-06-10" && revoked.certifiedOn == "2026-03-02")
        #expect(trainee.validity.intervals.first?.until == utc("2026-06-10T03:00:00Z"))
        #expect(trainee.validity.intervals.first?.ending == .revoked(on: "2026-06-10",
                                                                      reason: "shared a buyer's card details"))
        #expect(try trainee.decide(revoke).isEmpty)
        #expect(throws: CertificationRejection.alreadyRevoked("A-1", "TAB-SLATE", on: "2026-06-10",
                                                             reason: "shared a buyer's card details")) {
            try trainee.decide(.revoke(agent: "A-1", program: "TAB-SLATE", at: utc("2026-06-11T03:00:00Z"),
                                       reason: "again"))
        }
        #expect(throws: CertificationRejection.alreadyRevoked("A-1", "TAB-SLATE", on: "2026-06-10",
                                                             reason: "shared a buyer's card details")) {
            try trainee.decide(.recordExpiry(agent: "A-1", program: "TAB-SLATE", on: "2027-03-02"))
        }
    }

    @Test func onlyACertificationInForceCanBeRevoked() throws {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        let revoke = CertificationCommand.revoke(agent: "A-1", program: "TAB-SLATE", at: utc("2027-06-10T03:00:00Z"),
                                                 reason: "QA finding")
        let refusal = CertificationRejection.noCertificationInForce("A-1", "TAB-SLATE")
        #expect(throws: refusal) { try trainee.decide(revoke) }
        try trainee.certify()
        #expect(throws: refusal) { try trainee.decide(revoke) }
        #expect(throws: CertificationRejection.invalidFields([FieldProblem(field: "reason", value: "' '",
                                                                           rule: "must not be empty")])) {
            try trainee.decide(.revoke(agent: "A-1", program: "TAB-SLATE", at: utc("2026-06-10T03:00:00Z"),
                                       reason: " "))
        }
    }

    @Test func monthsAreAddedOnTheCalendar() {
        #expect(LocalDate("2024-02-29").adding(months: 12) == "2025-02-28")
        #expect(LocalDate("2026-01-31").adding(months: 1) == "2026-02-28")
        #expect(LocalDate("2026-03-02").adding(months: 12) == "2027-03-02")
        #expect(LocalDate("2026-03-31").adding(months: -13) == "2025-02-28")
    }
}
