import Foundation
import Testing
@testable import CallboardDomain

@Suite("Certification gate: certified for the whole of a time range")
struct CertificationGateTests {
    private func certified() throws -> Trainee {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.certify()
        return trainee
    }

    private func range(_ from: String, _ to: String) -> Range<Date> { utc(from)..<utc(to) }

    @Test func aQueueWithoutAProgramIsOpenToEveryone() {
        #expect(CertificationGate.verdict(requiring: nil, held: [:], throughout: range(
            "2026-03-02T01:00:00Z", "2026-03-02T09:00:00Z")) == .allowed)
    }

    @Test func neverCertified() throws {
        let shift = range("2026-03-02T01:00:00Z", "2026-03-02T09:00:00Z")
        #expect(CertificationGate.verdict(requiring: "TAB-SLATE", held: [:], throughout: shift)
            == .refused(.neverCertified("TAB-SLATE")))
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.trainInClassroom()
        #expect(trainee.validity.verdict(throughout: shift) == .refused(.neverCertified("TAB-SLATE")))
    }

    @Test func certifiedForTheWholeShift() throws {
        let trainee = try certified()
        let held = ["TAB-SLATE": trainee.validity] as [ProgramID: CertificationValidity]
        #expect(CertificationGate.verdict(requiring: "TAB-SLATE", held: held, throughout: range(
            "2026-03-02T01:00:00Z", "2026-03-02T09:00:00Z")) == .allowed)
        // The last shift that ends exactly as the certification does.
        #expect(trainee.validity.verdict(throughout: range("2027-03-01T08:00:00Z", "2027-03-01T16:00:00Z")) == .allowed)
    }

    @Test func expiredOnADate() throws {
        let gap = CertificationGap.expired("TAB-SLATE", on: "2027-03-02")
        #expect(try certified().validity.verdict(throughout: range("2027-03-03T01:00:00Z", "2027-03-03T09:00:00Z"))
            == .refused(gap))
        #expect(gap.description == "the certification for program TAB-SLATE expired on 2027-03-02")
    }

    @Test func expiresDuringTheShift() throws {
        let overnight = range("2027-03-01T12:00:00Z", "2027-03-01T20:00:00Z")  // 20:00-04:00 in Manila
        let gap = CertificationGap.endsDuringShift("TAB-SLATE", .expires(on: "2027-03-02"))
        #expect(try certified().validity.verdict(throughout: overnight) == .refused(gap))
        #expect(gap.description == "the certification for program TAB-SLATE expires on 2027-03-02, during the shift")
    }

    @Test func revokedOnADateWithTheReason() throws {
        var trainee = try certified()
        try trainee.run(.revoke(agent: "A-1", program: "TAB-SLATE", at: utc("2026-06-10T03:00:00Z"),
                                reason: "shared a buyer's card details"))
        let gap = CertificationGap.revoked("TAB-SLATE", on: "2026-06-10", reason: "shared a buyer's card details")
        #expect(trainee.validity.verdict(throughout: range("2026-06-12T01:00:00Z", "2026-06-12T09:00:00Z"))
            == .refused(gap))
        #expect(gap.description
            == "the certification for program TAB-SLATE was revoked on 2026-06-10 (shared a buyer's card details)")
        #expect(trainee.validity.verdict(throughout: range("2026-06-09T01:00:00Z", "2026-06-09T09:00:00Z")) == .allowed)
    }

    @Test func notYetCertified() throws {
        #expect(try certified().validity.verdict(throughout: range("2026-02-20T01:00:00Z", "2026-02-20T09:00:00Z"))
            == .refused(.notCertifiedUntil("TAB-SLATE", "2026-03-02")))
    }

    @Test func aRevisionDeadlineIsNamed() throws {
        var trainee = try certified()
        trainee.program = try SlateProgram.revised(trainee.program, recertifyBy: "2026-09-30")
        #expect(trainee.validity.verdict(throughout: range("2026-10-02T01:00:00Z", "2026-10-02T09:00:00Z"))
            == .refused(.recertificationRequired("TAB-SLATE", revision: 2, by: "2026-09-30")))
        #expect(trainee.validity.verdict(throughout: range("2026-09-30T12:00:00Z", "2026-09-30T20:00:00Z"))
            == .refused(.endsDuringShift("TAB-SLATE", .recertificationRequired(revision: 2, by: "2026-09-30"))))
    }

    @Test func validityIntervalsMergeAndClipToARange() {
        let first = ValidityInterval(from: utc("2026-01-01T00:00:00Z"), until: utc("2026-07-01T00:00:00Z"),
                                     certifiedOn: "2026-01-01", ending: .expires(on: "2026-07-01"))
        let renewal = ValidityInterval(from: utc("2026-06-01T00:00:00Z"), until: utc("2027-06-01T00:00:00Z"),
                                       certifiedOn: "2026-06-01", ending: .expires(on: "2027-06-01"))
        let later = ValidityInterval(from: utc("2027-09-01T00:00:00Z"), until: utc("2028-09-01T00:00:00Z"),
                                     certifiedOn: "2027-09-01", ending: .expires(on: "2028-09-01"))
        let validity = CertificationValidity(agentID: "A-1", programID: "P", intervals: [later, renewal, first])
        #expect(validity.intervals.map(\.instants) == [first.from..<renewal.until, later.instants])
        #expect(validity.intervals.first?.ending == .expires(on: "2027-06-01"))
        #expect(validity.covers(range("2026-06-30T20:00:00Z", "2026-07-01T04:00:00Z")))
        #expect(!validity.isValid(at: utc("2027-07-01T00:00:00Z")))
        #expect(validity.validStretches(within: range("2027-05-31T20:00:00Z", "2027-09-01T04:00:00Z")) == [
            range("2027-05-31T20:00:00Z", "2027-06-01T00:00:00Z"),
            range("2027-09-01T00:00:00Z", "2027-09-01T04:00:00Z"),
        ])
        #expect(validity.verdict(throughout: range("2027-07-01T00:00:00Z", "2027-07-01T08:00:00Z"))
            == .refused(.expired("P", on: "2027-06-01")))
        #expect(validity.verdict(throughout: range("2027-08-31T20:00:00Z", "2027-09-01T04:00:00Z"))
            == .refused(.notCertifiedUntil("P", "2027-09-01")))
    }

    @Test func coverageCountsOnlyCertifiedTime() throws {
        let trainee = try certified()
        let manila = try Scheduling(site: trainee.site)
        let shift = try manila.planned(manila.plan(on: "2027-03-01", from: "22:00", to: "02:00"))
        #expect(shift.coverage(.thirtyMinutes).count == 8)
        let certified = shift.coverage(.thirtyMinutes, certified: trainee.validity)
        #expect(certified.count == 4)  // 22:00-24:00 Manila; the certification expires at midnight
        #expect(certified.last?.start == utc("2027-03-01T15:30:00Z"))
        #expect(shift.coverage(.thirtyMinutes, certified: CertificationValidity(
            agentID: "A-1", programID: "TAB-SLATE", intervals: [])).isEmpty)
    }
}
