import Foundation
import Testing
@testable import CallboardDomain

@Suite("Monthly awards: a month is closed once")
struct MonthlyAwardTests {
    private func grant(at instant: String = "2026-12-01T02:00:00Z", agent: AgentID = "A-17") -> MonthlyAwardCommand {
        .grant(GrantAward(
            siteID: "MNL", month: "2026-11", agentID: agent, score: 104.5,
            standings: [.init(rank: 1, agentID: "A-17", score: 104.5), .init(rank: 2, agentID: "A-3", score: 101.25)],
            inputsFingerprint: "5d7c0e1c-0000-5000-8000-000000000000", configuration: .standard,
            grantedAt: utc(instant),
            grantedBy: "director.cruz"))
    }

    @Test func closingAMonthGrantsTheAward() throws {
        let context = MonthlyAwardContext(site: try World.manila())
        let events = try MonthlyAward.decide(grant(), state: nil, context: context)
        guard case let .granted(granted) = events.first, events.count == 1 else { Issue.record("\(events)"); return }
        #expect(granted.agentID == "A-17" && granted.grantedOn == "2026-12-01" && granted.month == "2026-11")
        #expect(MonthlyAward.streamID(for: grant()) == "award-MNL-2026-11")
    }

    @Test func closingAgainIsRefusedWithTheGrantDate() throws {
        let context = MonthlyAwardContext(site: try World.manila())
        let state = MonthlyAward.fold(try MonthlyAward.decide(grant(), state: nil, context: context))
        let refusal = MonthlyAwardRejection.alreadyGranted("MNL", "2026-11", agent: "A-17", on: "2026-12-01")
        #expect(throws: refusal) {
            try MonthlyAward.decide(self.grant(at: "2026-12-03T02:00:00Z"), state: state, context: context)
        }
        #expect(refusal.description == "The award of site MNL for 2026-11 was already granted on 2026-12-01 to agent "
            + "A-17; a closed month is never rewritten, and later data is shown next to the granted result.")
    }

    @Test func theMonthMustBeOverOnTheSiteClock() throws {
        let context = MonthlyAwardContext(site: try World.manila())
        // 23:59 on 30 November in Manila: the month is not over there yet.
        #expect(throws: MonthlyAwardRejection.monthNotOver("MNL", "2026-11", closesOn: "2026-12-01")) {
            try MonthlyAward.decide(self.grant(at: "2026-11-30T15:59:00Z"), state: nil, context: context)
        }
        #expect(try MonthlyAward.decide(grant(at: "2026-11-30T16:00:00Z"), state: nil, context: context).count == 1)
        #expect(throws: MonthlyAwardRejection.siteNotOpened("MNL")) {
            try MonthlyAward.decide(self.grant(), state: nil, context: MonthlyAwardContext())
        }
    }

    @Test func theAwardGoesToTheTopOfTheRecordedStandings() throws {
        let context = MonthlyAwardContext(site: try World.manila())
        let error = try #require(throws: MonthlyAwardRejection.self) {
            try MonthlyAward.decide(self.grant(agent: "A-3"), state: nil, context: context)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["standings"])
    }
}
