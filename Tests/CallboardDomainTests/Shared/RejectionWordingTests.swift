import Foundation
import Testing
@testable import CallboardDomain

/// Every rejection reads as complete sentences naming what was wrong, for a site director.
@Suite("Rejection wording")
struct RejectionWordingTests {
    static let local = LocalDateTime(date: "2026-03-08", time: "02:30")
    static let problem = FieldProblem(field: "seats", value: "0", rule: "must be greater than zero")

    static let rejections: [any Error & CustomStringConvertible] = [
        SiteRejection.invalidFields([problem]), SiteRejection.alreadyOpened("MNL"), SiteRejection.notOpened("MNL"),
        SiteRejection.closed("MNL"),
        SiteRejection.holidayDateTaken("MNL", date: "2026-12-30", existingName: "Rizal Day"),
        AgentRejection.invalidFields([problem]), AgentRejection.alreadyHired("A-1"), AgentRejection.notHired("A-1"),
        AgentRejection.hasLeft("A-1"), AgentRejection.illegalTransition("A-1", from: .left, to: .live),
        AgentRejection.siteNotOpened("MNL"), AgentRejection.siteClosed("MNL"),
        AgentRejection.alreadyAtSite("A-1", "MNL"),
        ClientAccountRejection.invalidFields([problem]), ClientAccountRejection.alreadySigned("TAB"),
        ClientAccountRejection.notSigned("TAB"), ClientAccountRejection.offboarded("TAB"),
        QueueRejection.invalidFields([problem]), QueueRejection.alreadyOpened("Q1"), QueueRejection.notOpened("Q1"),
        QueueRejection.closed("Q1"), QueueRejection.accountNotSigned("TAB"), QueueRejection.accountOffboarded("TAB"),
        QueueRejection.notInContract("TAB", field: "language", value: "es", contracted: ["en"]),
        QueueRejection.slaAlreadyScheduled(
            "Q1", effectiveFrom: utc("2026-11-27T05:00:00Z"),
            existing: .firstResponse(withinHours: 24, clock: .businessHours)),
        QueueRejection.closureAlreadyRecorded("Q1", day: "2026-03-06", reason: "stocktake"),
        QueueRejection.noClosureRecorded("Q1", day: "2026-03-06"),
        QueueRejection.dayAlreadyConfirmed("Q1", day: "2026-03-06", reason: "storm"),
        QueueRejection.dayRecordedClosed("Q1", day: "2026-03-06"), QueueRejection.noDayConfirmed("Q1", day: "2026-03-06"),
        ClientAccountRejection.queueNotOpened("Q1"), ClientAccountRejection.queueOfAnotherAccount("Q1", account: "TAB"),
        ClientAccountRejection.queueClosed("Q1"), ClientAccountRejection.campaignAlreadyRecorded("TAB", name: "launch"),
        ClientAccountRejection.noCampaignRecorded("TAB", name: "launch"),
        ShiftRejection.invalidFields([problem]), ShiftRejection.agentNotHired("A-1"),
        ShiftRejection.agentHasLeft("A-1"),
        ShiftRejection.siteNotOpened("MNL"), ShiftRejection.siteClosed("MNL"),
        ShiftRejection.unknownQueues(["Q1", "Q2"]),
        ShiftRejection.localTimeSkipped(
            field: "start", local: local, timeZone: "America/New_York",
            gapFrom: .init(date: "2026-03-08", time: "02:00"), gapTo: .init(date: "2026-03-08", time: "03:00")),
        ShiftRejection.localTimeRepeated(
            field: "end", local: local, timeZone: "America/New_York",
            earlier: utc("2026-11-01T05:30:00Z"), later: utc("2026-11-01T06:30:00Z"),
            occurrenceField: "endOccurrence"),
        ShiftRejection.endsBeforeStart(start: utc("2026-11-01T06:30:00Z"), end: utc("2026-11-01T05:45:00Z")),
        ShiftRejection.tooLong(elapsedMinutes: 605, maximumMinutes: 600, site: "MNL"),
        ShiftRejection.breakOutsideShift(local), ShiftRejection.breaksOverlap(local, local),
        ShiftRejection.overlapsShift("S-1", localStart: local, localEnd: local), ShiftRejection.alreadyPlanned("S-1"),
        ShiftRejection.shiftNotFound("S-1"), ShiftRejection.alreadyCancelled("S-1"),
        IntervalRejection.invalidFields([problem]),
        IntervalRejection.lengthMismatch(
            stream: "intervals-Q1-2026-03", recorded: .fifteenMinutes, reported: .thirtyMinutes),
        AgentQualityRejection.invalidFields([problem]),
        AgentQualityRejection.conflictsWithRecorded(eventType: "CSATSurveyRecorded", naturalKey: "A-1|C-1"),
        ShiftRejection.notCertified("A-1", queue: "Q1", .expired("TAB-SLATE", on: "2027-03-02")),
        ShiftRejection.notCertified("A-1", queue: "Q1", .neverCertified("TAB-SLATE")),
        ShiftRejection.notCertified("A-1", queue: "Q1", .notCertifiedUntil("TAB-SLATE", "2026-03-02")),
        ShiftRejection.notCertified(
            "A-1", queue: "Q1", .recertificationRequired("TAB-SLATE", revision: 2, by: "2026-09-30")),
        ShiftRejection.notCertified("A-1", queue: "Q1", .revoked("TAB-SLATE", on: "2026-06-10", reason: "QA finding")),
        ShiftRejection.notCertified(
            "A-1", queue: "Q1", .endsDuringShift("TAB-SLATE", .recertificationRequired(revision: 2, by: "2026-09-30"))),
        ShiftRejection.notCertified(
            "A-1", queue: "Q1", .endsDuringShift("TAB-SLATE", .revoked(on: "2026-06-10", reason: "QA finding"))),
        TrainingProgramRejection.invalidFields([problem]), TrainingProgramRejection.alreadyDefined("TAB-SLATE"),
        TrainingProgramRejection.notDefined("TAB-SLATE"), TrainingProgramRejection.accountNotSigned("TAB"),
        TrainingProgramRejection.accountOffboarded("TAB"), TrainingProgramRejection.queuesNotInAccount(["Q1"], "TAB"),
        TrainingProgramRejection.revisionOutOfSequence("TAB-SLATE", revision: 4, expected: 3),
        TrainingProgramRejection.revisionAlreadyRecorded("TAB-SLATE", revision: 2),
        CertificationRejection.invalidFields([problem]), CertificationRejection.programNotDefined("TAB-SLATE"),
        CertificationRejection.agentNotHired("A-1"), CertificationRejection.agentHasLeft("A-1"),
        CertificationRejection.siteNotOpened("MNL"), CertificationRejection.notEnrolled("A-1", "TAB-SLATE"),
        CertificationRejection.alreadyEnrolled("A-1", "TAB-SLATE", since: "2026-02-02"),
        CertificationRejection.noTrainingInProgress("A-1", "TAB-SLATE"),
        CertificationRejection.unknownModule("x", program: "TAB-SLATE", known: ["returns"]),
        CertificationRejection.moduleAlreadyCompleted("returns", on: "2026-02-03"),
        CertificationRejection.modulesOutstanding("A-1", ["returns", "slate-basics"]),
        CertificationRejection.attemptOutOfSequence(attempt: 3, expected: 2),
        CertificationRejection.attemptAlreadyRecorded(attempt: 1),
        CertificationRejection.assessmentAlreadyPassed("A-1", on: "2026-02-13", scorePercent: 88),
        CertificationRejection.retakesExhausted("A-1", "TAB-SLATE", attempts: 2, retakeLimit: 1),
        CertificationRejection.assessmentNotPassed("A-1", "TAB-SLATE"),
        CertificationRejection.nestingAlreadyStarted("A-1", on: "2026-02-16"),
        CertificationRejection.nestingNotStarted("A-1", "TAB-SLATE"),
        CertificationRejection.evaluationAlreadyRecorded("QA-1"),
        CertificationRejection.notReadyForCertification("A-1", "TAB-SLATE", [.nestingNotStarted]),
        CertificationRejection.alreadyCertified("A-1", "TAB-SLATE", on: "2026-03-02"),
        CertificationRejection.revisionRequiresRecertification("TAB-SLATE", revision: 2, by: "2026-09-30"),
        CertificationRejection.noCertificationInForce("A-1", "TAB-SLATE"),
        CertificationRejection.notYetExpired("A-1", "TAB-SLATE", expiresOn: "2027-03-02"),
        CertificationRejection.alreadyRevoked("A-1", "TAB-SLATE", on: "2026-06-10", reason: "QA finding"),
        MonthlyAwardRejection.invalidFields([problem]), MonthlyAwardRejection.siteNotOpened("MNL"),
        MonthlyAwardRejection.monthNotOver("MNL", "2026-11", closesOn: "2026-12-01"),
        MonthlyAwardRejection.alreadyGranted("MNL", "2026-11", agent: "A-17", on: "2026-12-01"),
        EventCodingError.unknownEventType("X", streamKind: "site"),
        EventCodingError.unsupportedSchemaVersion(eventType: "SiteOpened", stored: 3, supported: 1),
        EventCodingError.malformedPayload(eventType: "SiteOpened", reason: "missing key."),
    ]

    @Test func everyRejectionIsASentence() {
        for rejection in Self.rejections {
            let text = rejection.description
            #expect(
                text.first?.isUppercase == true || text.hasPrefix("seats") || text.hasPrefix("intervals-"), "\(text)")
            #expect(text.hasSuffix("."), "\(text)")
            #expect(!text.contains("Optional("), "\(text)")
            #expect(!text.contains("CallboardDomain."), "\(text)")
        }
    }

    @Test func tooLongShowsHoursAndMinutes() {
        #expect(
            ShiftRejection.tooLong(elapsedMinutes: 605, maximumMinutes: 600, site: "MNL").description
                == "The shift lasts 10 h 5 min of real time, longer than site MNL's maximum of 10 h (field end).")
    }
}
