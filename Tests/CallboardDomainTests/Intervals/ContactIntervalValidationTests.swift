import Foundation
import Testing
@testable import CallboardDomain

@Suite("Contact interval validation")
struct ContactIntervalValidationTests {
    private func figures(
        offered: Int = 100, handled: Int = 90, abandoned: Int = 10, shortAbandoned: Int = 3,
        answered: Int = 80, handleSeconds: Int = 16_200
    ) -> ContactIntervalFigures {
        ContactIntervalFigures(
            offered: offered, handled: handled, abandoned: abandoned, shortAbandoned: shortAbandoned,
            answeredWithinThreshold: answered, handleSeconds: handleSeconds)
    }

    private func fields(_ figures: ContactIntervalFigures) -> [String] { figures.problems.map(\.field) }

    @Test func consistentFiguresHaveNoProblems() {
        #expect(ContactIntervalFigures.sample.problems.isEmpty)
        #expect(
            figures(offered: 0, handled: 0, abandoned: 0, shortAbandoned: 0, answered: 0, handleSeconds: 0).problems
                .isEmpty)
    }

    @Test func negativesAreNamed() {
        let all = figures(offered: -1, handled: -1, abandoned: -1, shortAbandoned: -1, answered: -1, handleSeconds: -1)
        #expect(
            fields(all).prefix(6) == [
                "offered", "handled", "abandoned", "shortAbandoned",
                "answeredWithinThreshold", "handleSeconds",
            ])
    }

    @Test func handledCannotExceedOffered() {
        #expect(fields(figures(handled: 101, abandoned: 0, shortAbandoned: 0)) == ["handled"])
        #expect(
            figures(handled: 101, abandoned: 0, shortAbandoned: 0).problems.first?.description
                == "handled must not exceed offered (100), but was 101.")
    }

    @Test func abandonedCannotExceedOffered() {
        #expect(
            fields(figures(handled: 0, abandoned: 101, shortAbandoned: 0, answered: 0, handleSeconds: 0)) == [
                "abandoned"
            ])
    }

    @Test func handledPlusAbandonedCannotExceedOffered() {
        #expect(fields(figures(handled: 90, abandoned: 20)) == ["handled + abandoned"])
    }

    @Test func answeredWithinThresholdCannotExceedHandled() {
        #expect(fields(figures(answered: 91)) == ["answeredWithinThreshold"])
    }

    @Test func shortAbandonsCannotExceedAbandons() {
        #expect(fields(figures(shortAbandoned: 11)) == ["shortAbandoned"])
    }

    @Test func handleTimeNeedsHandledContactsAndViceVersa() {
        #expect(fields(figures(handled: 0, answered: 0, handleSeconds: 300)) == ["handleSeconds"])
        #expect(
            figures(handled: 0, answered: 0, handleSeconds: 300).problems.first?.rule
                == "must be 0 when no contact was handled")
        #expect(fields(figures(handleSeconds: 0)) == ["handleSeconds"])
    }

    @Test func reportReturnsAllProblemsIncludingAlignment() {
        let report = ContactIntervalReport(
            queueID: "Q 1", start: utc("2026-03-02T14:05:00Z"), length: .fifteenMinutes,
            figures: figures(handled: 120, abandoned: 0, shortAbandoned: 0, answered: 130))
        #expect(report.problems.map(\.field) == ["queueID", "start", "handled", "answeredWithinThreshold"])
        #expect(
            report.problems[1].description
                == "start must fall on a 15-minute boundary in UTC, but was 2026-03-02T14:05:00Z.")
    }

    @Test func serviceLevelLeavesShortAbandonsOut() throws {
        let sl = try #require(ContactIntervalFigures.sample.serviceLevel)
        #expect(abs(sl - 80.0 / 97.0) < 1e-12)
        #expect(ContactIntervalFigures.sample.averageHandleSeconds == 180)
        #expect(
            figures(offered: 0, handled: 0, abandoned: 0, shortAbandoned: 0, answered: 0, handleSeconds: 0).serviceLevel
                == nil)
    }
}
