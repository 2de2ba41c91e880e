import CallboardDomain
import Foundation
import Testing
@testable import Scorecards

@Suite("Awards: close the month, then data arrives late")
struct AwardClosingTests {
    private let closedAt = EventJSON.parse("2026-12-01T02:00:00Z") ?? .distantPast

    private let november = [
        MonthFacts.onTarget("A-17", qa: [96, 94, 95, 97], commendations: 2),
        MonthFacts.onTarget("A-3", qa: [93, 92, 94, 93]),
        MonthFacts.onTarget("A-8"),
    ]

    private func manila() throws -> SiteState {
        let open = OpenSite(siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 400,
                            languages: ["en", "tl"], openedOn: "2019-05-01")
        return try #require(Site.fold(try Site.decide(.open(open), state: nil)))
    }

    /// Closes November with `facts`, returning the granted award.
    private func close(_ facts: [AgentMonthFacts]) throws -> AwardGranted {
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: facts)
        let grant = try #require(standings.grant(at: closedAt, by: "director.cruz"))
        let events = try MonthlyAward.decide(.grant(grant), state: nil, context: .init(site: try manila()))
        guard case let .granted(granted)? = events.first else { throw AwardTestFailure.notGranted }
        return granted
    }

    @Test func closingGrantsTheAwardWithTheStandingsSnapshot() throws {
        let granted = try close(november)
        #expect(granted.agentID == "A-17" && granted.grantedOn == "2026-12-01")
        #expect(granted.standings.map(\.agentID) == ["A-17", "A-3", "A-8"])
        #expect(granted.standings.map(\.rank) == [1, 2, 3])
        #expect(AwardComparison.changes(since: granted, fresh: try AwardStandings(
            site: "MNL", month: "2026-11", facts: november.reversed())).isEmpty)
    }

    @Test func closingAgainIsRefused() throws {
        let granted = try close(november)
        let state = MonthlyAward.fold([.granted(granted)])
        let later = try #require(try AwardStandings(site: "MNL", month: "2026-11", facts: november)
            .grant(at: closedAt.addingTimeInterval(86_400), by: "director.cruz"))
        #expect(throws: MonthlyAwardRejection.alreadyGranted("MNL", "2026-11", agent: "A-17", on: "2026-12-01")) {
            try MonthlyAward.decide(.grant(later), state: state, context: .init(site: try self.manila()))
        }
    }

    @Test func lateDataIsShownNextToTheGrantedResultNeverInstead() throws {
        let granted = try close(november)
        var late = november
        late[1].csatScores += Array(repeating: 5, count: 30)  // a survey batch that arrived after closing
        late[1].commendations = 3
        late[2].disciplinaryFlag = true  // a case opened for November after the close
        let fresh = try AwardStandings(site: "MNL", month: "2026-11", facts: late)
        #expect(fresh.winner?.agentID == "A-3")
        let changes = AwardComparison.changes(since: granted, fresh: fresh)
        #expect(changes.first == .inputsChanged(granted: granted.inputsFingerprint, fresh: fresh.inputsFingerprint))
        #expect(changes.contains(.winnerWouldDiffer(granted: "A-17", fresh: "A-3")))
        #expect(changes.contains(.rankChanged("A-17", granted: 1, fresh: 2)))
        #expect(changes.contains(.rankChanged("A-3", granted: 2, fresh: 1)))
        #expect(changes.contains(.noLongerEligible("A-8", [.disciplinaryFlag])))
        #expect(changes.contains { if case .scoreChanged("A-3", _, _) = $0 { true } else { false } })
        #expect(AwardChange.winnerWouldDiffer(granted: "A-17", fresh: "A-3").description
            == "With the later data agent A-3 would rank first; the award granted to agent A-17 stands.")
        // The granted fact is untouched: the award stream still holds A-17.
        #expect(MonthlyAward.fold([.granted(granted)])?.granted.agentID == "A-17")
    }

    @Test func agentsWhoBecomeEligibleLaterAreListed() throws {
        var short = MonthFacts.onTarget("A-5")
        short.csatScores = [5, 5]
        let granted = try close(november + [short])
        var late = november + [short]
        late[3].csatScores += Array(repeating: 4, count: 10)
        let changes = AwardComparison.changes(since: granted, fresh: try AwardStandings(
            site: "MNL", month: "2026-11", facts: late))
        #expect(changes.contains { if case .nowEligible("A-5", _, _) = $0 { true } else { false } })
        #expect(!changes.contains { if case .winnerWouldDiffer = $0 { true } else { false } })
    }

    @Test func theFingerprintIdentifiesTheInputs() throws {
        let first = try AwardStandings(site: "MNL", month: "2026-11", facts: november)
        let shuffled = try AwardStandings(site: "MNL", month: "2026-11", facts: [november[2], november[0], november[1]])
        #expect(first.inputsFingerprint == shuffled.inputsFingerprint)
        let otherMonth = try AwardStandings(site: "MNL", month: "2026-10", facts: november)
        #expect(first.inputsFingerprint != otherMonth.inputsFingerprint)
        let reweighted = try AwardStandings(site: "MNL", month: "2026-11", facts: november,
                                            configuration: try MonthFacts.qualityOnly())
        #expect(first.inputsFingerprint != reweighted.inputsFingerprint)
    }
}

enum AwardTestFailure: Error {
    case notGranted
}
