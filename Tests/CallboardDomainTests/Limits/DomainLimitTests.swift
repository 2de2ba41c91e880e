import Foundation
import Testing
@testable import CallboardDomain

/// The deciders refuse out-of-range values whatever edge sent the command, so nothing that a
/// read model cannot hold, or that would trap later, is ever appended.
@Suite struct DomainLimitTests {
    @Test func seatsPastTheColumnAreRefused() throws {
        let open = OpenSite(siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 3_000_000_000,
                            languages: ["en"], openedOn: "2019-03-01")
        #expect(throws: SiteRejection.invalidFields([FieldProblem(field: "seats", value: "3000000000",
                                                                  rule: "must be from 1 to 100,000")])) {
            try Site.decide(.open(open), state: nil)
        }
        let site = try World.manila()
        #expect(throws: SiteRejection.self) {
            try Site.decide(.changeSeats(site: site.id, seats: .max, effectiveOn: "2026-01-01"), state: site)
        }
    }

    @Test func intervalFiguresNearTheLargestIntegerDoNotTrap() {
        let figures = ContactIntervalFigures(offered: .max, handled: .max, abandoned: .max, shortAbandoned: .max,
                                             answeredWithinThreshold: .max, handleSeconds: .max)
        #expect(figures.problems.map(\.field).prefix(6) == [
            "offered", "handled", "abandoned", "shortAbandoned", "answeredWithinThreshold", "handleSeconds",
        ])
        let negative = ContactIntervalFigures(offered: 0, handled: .min, abandoned: .min, shortAbandoned: 0,
                                              answeredWithinThreshold: 0, handleSeconds: 0)
        #expect(!negative.problems.isEmpty)
        #expect(ContactIntervalFigures(offered: .max, handled: 0, abandoned: 0, shortAbandoned: .min,
                                       answeredWithinThreshold: 0, handleSeconds: 0).serviceLevel == nil)
    }

    @Test func anOvernightShiftOnTheNoEndDateIsRefused() throws {
        let manila = try Scheduling(site: World.manila())
        let error = try #require(throws: ShiftRejection.self) {
            try Schedule.decide(manila.plan(on: "9999-12-31", from: "22:00", to: "06:00"), state: nil, context: manila.context)
        }
        #expect(error.description.contains("9999-12-31 as \"no end date\" is not a date"))
        #expect(try manila.planned(manila.plan(on: "9998-12-31", from: "22:00", to: "06:00")).localEnd.date == "9999-01-01")
    }

    @Test func aHugeBreakIsRefusedNotTrapped() throws {
        let manila = try Scheduling(site: World.manila())
        let command = manila.plan(on: "2026-03-02", from: "09:00", to: "17:00",
                                  breaks: [ShiftBreak(start: "12:00", minutes: 9_223_372_036_854_775_807)])
        #expect(throws: ShiftRejection.invalidFields([FieldProblem(
            field: "breaks.minutes", value: "9223372036854775807", rule: "must be from 1 to 1,440")])) {
            try Schedule.decide(command, state: nil, context: manila.context)
        }
    }

    @Test func aCertificationInTheCalendarsLastYearsIsRefusedNotTrapped() throws {
        #expect(LocalDate("9999-06-01").adding(months: 12) == nil)
        #expect(LocalDate("2026-01-31").adding(months: .max) == nil)
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        let error = try #require(throws: CertificationRejection.self) {
            try trainee.certify(from: "9998-05-01", on: "9998-06-01")
        }
        #expect(error.description.contains("must leave room for the 12-month validity before 9998-12-31"))
        var late = try Trainee(program: SlateProgram.defined(), site: World.manila())
        #expect(throws: CertificationRejection.self) { try late.certify(from: "9999-05-01", on: "9999-06-01") }
    }

    @Test func trainingRulesPastTheirRangesAreRefused() throws {
        let requirements = CertificationRequirements(
            modules: [TrainingModule("m", title: "Module")],
            assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: .max),
            nesting: NestingRule(days: .max, minimumEvaluations: .max, minimumAverageScore: 85), validityMonths: .max)
        let error = try #require(throws: TrainingProgramRejection.self) { try SlateProgram.defined(requirements) }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["assessment.retakeLimit", "nesting.days", "nesting.minimumEvaluations",
                                          "validityMonths"])
    }

    @Test func aTokenLivesAtMostFiveYears() throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let context = ApiTokenContext(account: try World.tabletMaker())
        func issue(_ expiresAt: Date) throws(ApiTokenRejection) -> [ApiTokenEvent] {
            try ApiToken.decide(.issue(IssueApiToken(
                tokenID: "k3v9x0q2m7ab", accountID: "TAB", secretSHA256: String(repeating: "a", count: 64), label: "BI",
                issuedAt: now, expiresAt: expiresAt)), state: nil, context: context)
        }
        #expect(throws: ApiTokenRejection.self) { try issue(now.addingTimeInterval(99_999_999_999 * 86_400)) }
        #expect(throws: ApiTokenRejection.self) { try issue(now.addingTimeInterval(1_827 * 86_400)) }
        #expect(try issue(now.addingTimeInterval(1_826 * 86_400)).count == 1)
    }

    @Test func controlCharactersInAnyTextOfACommandAreRefused() throws {
        let open = OpenSite(siteID: "MNL", name: "Man\u{0}ila", country: "PH", timeZone: "Asia/Manila", seats: 420,
                            languages: ["en"], holidays: [Holiday(date: "2026-12-25", name: "Christ\u{1B}mas")],
                            openedOn: "2019-03-01")
        let error = try #require(throws: SiteRejection.self) { try Site.decide(.open(open), state: nil) }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["name", "holidays.name"])
        #expect(problems.first?.value == "'Man\\u{0}ila'")
        let site = try World.manila()
        #expect(throws: SiteRejection.self) {
            try Site.decide(.close(site: site.id, closedOn: "2026-01-01", reason: "moved\u{0}"), state: site)
        }
    }
}
