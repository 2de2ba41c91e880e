import Foundation
import Testing
@testable import CallboardDomain

@Suite("Disciplinary cases on the agent quality stream")
struct DisciplinaryCaseTests {
    private let open = AgentQualityCommand.openDisciplinaryCase(
        agent: "A-1", caseID: "HR-77", on: "2026-11-20", reason: "Shared a buyer's address", by: "hr.santos")

    private func close(on day: LocalDate, case caseID: String = "HR-77") -> AgentQualityCommand {
        .closeDisciplinaryCase(agent: "A-1", caseID: caseID, on: day, outcome: "written warning", by: "hr.santos")
    }

    @Test func aCaseOpensAndClosesOnceAndFlagsEveryMonthItWasOpenIn() throws {
        var state = AgentQuality.fold(try AgentQuality.decide(open, state: nil))
        #expect(state?.disciplinaryCase("HR-77")?.openedOn == "2026-11-20")
        #expect(try AgentQuality.decide(open, state: state).isEmpty)
        let closed = try AgentQuality.decide(close(on: "2026-12-04"), state: state)
        state = closed.reduce(state) { AgentQuality.evolve($0, $1) }
        #expect(try AgentQuality.decide(close(on: "2026-12-04"), state: state).isEmpty)
        #expect(throws: AgentQualityRejection.self) { try AgentQuality.decide(self.close(on: "2026-12-05"), state: state) }

        let flagged = { (first: LocalDate, last: LocalDate) in
            DisciplinaryCaseOpened.wasOpen(openedOn: "2026-11-20", closedOn: "2026-12-04", from: first, through: last)
        }
        #expect(!flagged("2026-10-01", "2026-10-31"))
        #expect(flagged("2026-11-01", "2026-11-30") && flagged("2026-12-01", "2026-12-31"))
        #expect(!flagged("2027-01-01", "2027-01-31"))
        #expect(DisciplinaryCaseOpened.wasOpen(openedOn: "2026-11-20", closedOn: nil, from: "2027-03-01", through: "2027-03-31"))
    }

    @Test func aCaseClosesOnlyAfterItWasOpened() throws {
        #expect(throws: AgentQualityRejection.caseNotOpened("A-1", caseID: "HR-9")) {
            try AgentQuality.decide(self.close(on: "2026-12-04", case: "HR-9"), state: nil)
        }
        let state = AgentQuality.fold(try AgentQuality.decide(open, state: nil))
        let refusal = AgentQualityRejection.closedBeforeOpened("A-1", caseID: "HR-77", openedOn: "2026-11-20")
        #expect(throws: refusal) { try AgentQuality.decide(self.close(on: "2026-11-19"), state: state) }
        #expect(refusal.description.contains("opened on 2026-11-20"))
    }
}
