import Foundation
@testable import CallboardDomain

/// One event of every stored type, with every field filled, for coding tests.
enum SampleEvents {
    static let site: [SiteEvent] = [
        .opened(
            .init(
                siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 400,
                languages: ["en", "tl"], holidays: [.init(date: "2026-12-30", name: "Rizal Day")],
                maximumShiftMinutes: 600, openedOn: "2019-05-01")),
        .seatsChanged(.init(siteID: "MNL", previousSeats: 400, seats: 450, effectiveOn: "2026-09-01")),
        .holidayAdded(.init(siteID: "MNL", holiday: .init(date: "2026-06-12", name: "Independence Day"))),
        .closed(.init(siteID: "MNL", closedOn: "2030-01-31", reason: "consolidated into Cebu")),
    ]

    static let agent: [AgentEvent] = [
        .hired(
            .init(
                agentID: "A-1", siteID: "SCZ", name: "Ana Rojas",
                languages: [LanguageSkill("es", .native), LanguageSkill("pt", .working)],
                skills: [.chat, .email], hiredOn: "2025-02-03")),
        .statusChanged(
            .init(
                agentID: "A-1", from: .training, to: .nesting, effectiveOn: "2025-03-03",
                reason: "passed assessment")),
        .transferred(.init(agentID: "A-1", fromSite: "SCZ", toSite: "SOF", effectiveOn: "2026-01-05")),
        .languagesChanged(.init(agentID: "A-1", languages: [LanguageSkill("en", .fluent)], effectiveOn: "2026-02-01")),
        .skillsChanged(.init(agentID: "A-1", skills: [.voice], effectiveOn: "2026-02-01")),
    ]

    static let account: [ClientAccountEvent] = [
        .signed(
            .init(
                accountID: "PET", name: "Pet apparel", markets: ["MX", "US"], brands: ["Pawsome"],
                channels: [.chat, .email, .social], languages: ["en", "es"], signedOn: "2024-06-01")),
        .campaignRecorded(.init(accountID: "PET", queueID: "PET-CHAT-ES", name: "Hot Sale push", kind: .promotion,
                                firstDay: "2026-05-25", lastDay: "2026-06-02", expectedUplift: 1.4, recording: 1)),
        .campaignRecorded(.init(accountID: "PET", queueID: nil, name: "Pup line launch", kind: .launch,
                                firstDay: "2026-09-01", lastDay: "2026-09-14", expectedUplift: nil, recording: 2)),
        .campaignWithdrawn(.init(accountID: "PET", name: "Pup line launch", reason: "postponed", recording: 2)),
        .offboarded(.init(accountID: "PET", offboardedOn: "2027-06-01", reason: "contract ended")),
    ]

    static let queue: [QueueEvent] = [
        .opened(
            .init(
                queueID: "TAB-VOICE-EN-US", accountID: "TAB", channel: .voice, language: "en", market: "US",
                timeZone: "America/New_York",
                hours: .weekly([
                    .monday: .init(open: "08:00", close: "20:00"),
                    .saturday: .init(open: "22:00", close: "02:00"),
                ]),
                sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
                slaEffectiveFrom: utc("2026-01-01T05:00:00Z"))),
        .slaChanged(
            .init(
                queueID: "TAB-VOICE-EN-US", sla: .answered(percent: 90, withinSeconds: 15, shortAbandonSeconds: 5),
                effectiveFrom: utc("2026-11-27T05:00:00Z"))),
        .slaChanged(
            .init(
                queueID: "TAB-EMAIL-EN", sla: .firstResponse(withinHours: 24, clock: .businessHours, percent: 92.5),
                effectiveFrom: utc("2026-11-27T05:00:00Z"))),
        .closureRecorded(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-06", reason: "client stocktake")),
        .closureWithdrawn(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-06", reason: "recorded on the wrong queue")),
        .closureRecorded(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-06", reason: "client stocktake", recording: 2)),
        .dayConfirmedReal(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-09", reason: "storm", confirmation: 1)),
        .dayConfirmationWithdrawn(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-09", reason: "was an outage",
                                        confirmation: 1)),
        .closed(.init(queueID: "TAB-VOICE-EN-US", closedOn: "2027-01-01", reason: "moved to chat")),
    ]

    static let shift: [ShiftEvent] = [
        .planned(
            .init(
                shiftID: "S-1", agentID: "A-1", siteID: "SOF", queues: ["WAT-CHAT-DE"], timeZone: "Europe/Sofia",
                localStart: .init(date: "2026-10-24", time: "22:00"),
                localEnd: .init(date: "2026-10-25", time: "06:00"),
                start: utc("2026-10-24T19:00:00Z"), end: utc("2026-10-25T04:00:00Z"),
                breaks: [
                    .init(
                        localStart: .init(date: "2026-10-25", time: "02:00"),
                        start: utc("2026-10-24T23:00:00Z"), minutes: 30)
                ])),
        .cancelled(.init(shiftID: "S-1", agentID: "A-1", reason: "sick")),
    ]

    static let contactInterval: [ContactIntervalEvent] = [
        .reported(.init(queueID: "Q1", start: utc("2026-03-02T14:00:00Z"), length: .fifteenMinutes, figures: .sample)),
        .corrected(
            .init(
                queueID: "Q1", start: utc("2026-03-02T14:00:00Z"), length: .fifteenMinutes,
                previous: .sample,
                corrected: ContactIntervalFigures(
                    offered: 101, handled: 90, abandoned: 11,
                    shortAbandoned: 3, answeredWithinThreshold: 80, handleSeconds: 16_200), revision: 1)),
    ]

    static let agentIntervalStats: [AgentIntervalStatsEvent] = [
        .reported(
            .init(
                agentID: "A-1", queueID: "Q1", start: utc("2026-03-02T14:00:00Z"), length: .thirtyMinutes,
                figures: .sample)),
        .corrected(
            .init(
                agentID: "A-1", queueID: "Q1", start: utc("2026-03-02T14:00:00Z"), length: .thirtyMinutes,
                previous: .sample,
                corrected: AgentIntervalFigures(
                    contactsHandled: 7, handleSeconds: 1_200,
                    firstContactResolutions: 6, scheduledSeconds: 1_800, adherentSeconds: 1_700), revision: 1)),
    ]

    static let agentQuality: [AgentQualityEvent] = [
        .qaEvaluationRecorded(
            .init(
                agentID: "A-1", queueID: "Q1", evaluator: "qa.lee", score: 92.5,
                evaluatedAt: utc("2026-03-03T09:15:00.250Z"))),
        .csatSurveyRecorded(
            .init(
                agentID: "A-1", queueID: "Q1", contactID: "C-778", score: 5,
                surveyedAt: utc("2026-03-03T10:00:00Z"))),
        .commendationRecorded(
            .init(
                agentID: "A-1", accountID: "TAB", note: "Saved a Black Friday order",
                commendedAt: utc("2026-11-28T16:00:00Z"))),
        .disciplinaryCaseOpened(
            .init(agentID: "A-1", caseID: "HR-77", openedOn: "2026-11-20", reason: "Shared a buyer's address",
                  openedBy: "hr.santos")),
        .disciplinaryCaseClosed(
            .init(agentID: "A-1", caseID: "HR-77", closedOn: "2026-12-04", outcome: "written warning",
                  closedBy: "hr.santos")),
    ]

    static let scorecard: [SiteScorecardEvent] = [
        .configured(
            .init(siteID: "MNL", effectiveFrom: "2026-12", configuration: .standard,
                  configuredAt: utc("2026-11-23T09:00:00Z"), configuredBy: "director.cruz")),
    ]

    static let program: [TrainingProgramEvent] = [
        .defined(
            .init(
                programID: "TAB-SLATE", accountID: "TAB", name: "Slate tablets",
                scope: ProgramScope(queues: ["TAB-VOICE-EN-US"], productLine: "Slate"),
                requirements: SlateProgram.requirements, definedOn: "2026-01-05")),
        .revised(
            .init(
                programID: "TAB-SLATE", revision: 2, summary: "Slate 12 launch",
                requirements: SlateProgram.requirements, effectiveOn: "2026-06-01", recertifyBy: "2026-09-30")),
        .defined(
            .init(
                programID: "TAB-BASICS-2", accountID: "TAB", name: "Tabula basics 2027", scope: .wholeAccount,
                requirements: SlateProgram.requirements, definedOn: "2027-01-04", replaces: "TAB-BASICS")),
        .retired(.init(programID: "TAB-SLATE", retiredOn: "2027-03-31", reason: "Slate line discontinued")),
    ]

    static let certification: [CertificationEvent] = [
        .enrolled(
            .init(agentID: "A-1", programID: "TAB-SLATE", cycle: 1, programRevision: 1, enrolledOn: "2026-02-02")),
        .moduleCompleted(
            .init(agentID: "A-1", programID: "TAB-SLATE", cycle: 1, moduleID: "returns", completedOn: "2026-02-05")),
        .assessmentTaken(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", cycle: 1, attempt: 1, scorePercent: 87.5,
                passMarkPercent: 80, passed: true, takenOn: "2026-02-13")),
        .nestingStarted(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", cycle: 1, startedOn: "2026-02-16",
                completesOn: "2026-03-02")),
        .nestingQARecorded(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", cycle: 1, evaluationID: "QA-1", evaluator: "qa.lee", score: 91,
                evaluatedOn: "2026-02-18")),
        .certified(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", cycle: 1, programRevision: 1, certifiedOn: "2026-03-02",
                expiresOn: "2026-10-01", recertifyRevision: 2, timeZone: "Asia/Manila",
                validFrom: utc("2026-03-01T16:00:00Z"), validUntil: utc("2026-09-30T16:00:00Z"),
                assessmentScorePercent: 87.5, nestingEvaluations: 3, nestingAverageScore: 89.5)),
        .failed(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", cycle: 2, attempts: 3, bestScorePercent: 78,
                passMarkPercent: 80, failedOn: "2026-09-20")),
        .expired(.init(agentID: "A-1", programID: "TAB-SLATE", certifiedOn: "2026-03-02", expiredOn: "2026-10-01")),
        .revoked(
            .init(
                agentID: "A-1", programID: "TAB-SLATE", certifiedOn: "2026-03-02",
                revokedAt: utc("2026-06-10T03:00:00Z"), revokedOn: "2026-06-10", reason: "QA finding")),
    ]

    static let award: [MonthlyAwardEvent] = [
        .granted(
            .init(
                siteID: "MNL", month: "2026-11", agentID: "A-17", score: 104.5,
                standings: [.init(rank: 1, agentID: "A-17", score: 104.5)], inputsFingerprint: "f1",
                configuration: .standard, grantedAt: utc("2026-12-01T02:00:00Z"), grantedOn: "2026-12-01", grantedBy: "director.cruz"))
    ]
}
