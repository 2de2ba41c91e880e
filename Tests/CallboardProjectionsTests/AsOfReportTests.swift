import CallboardDomain
import CallboardProjections
import EventStore
import Projections
import Foundation
import PostgresTestSupport
import Testing

@Suite("Reports as of an earlier instant")
struct AsOfReportTests {
    @Test func showWhatWasKnownThenAndLeaveNothingBehind() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let harness = ReadModelHarness(store: store)
            let beforeAnything = try await harness.serverNow()
            try await world.openSite("MNL", zone: "Asia/Manila")
            try await world.hire("A1", at: "MNL", status: .training)
            try await world.hire("A2", at: "MNL")
            try await Worlds.serviceLevels(&world)
            try await world.report("PET-V", at: utc("2026-11-02T14:00:00Z"), ContactIntervalFigures(
                offered: 100, handled: 100, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 70, handleSeconds: 20000))
            try await harness.settle()
            try await Task.sleep(for: .milliseconds(20))
            let monday = try await harness.serverNow()
            try await Task.sleep(for: .milliseconds(20))

            try await world.agent(.changeStatus(agent: "A1", to: .nesting, effectiveOn: "2026-11-24", reason: "passed"))
            try await world.hire("A3", at: "MNL")
            try await world.report("PET-V", at: utc("2026-11-02T14:00:00Z"), ContactIntervalFigures(
                offered: 100, handled: 100, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 85, handleSeconds: 20000))

            let roster = RosterReport(siteID: "MNL")
            let now = try await harness.live(roster)
            let then = try await harness.reader.asOf(monday, roster)
            #expect(now.output.agents.map(\.agentID) == ["A2", "A3", "A1"])
            #expect(then.output.agents.map(\.agentID) == ["A2", "A1"])
            #expect(then.output.agents.last?.status == .training)
            #expect(then.asOf == monday && now.asOf == nil)
            #expect(then.position < now.position)

            let sla = SLAReport(accountID: "PET", month: try #require(LocalMonth(parsing: "2026-11")))
            #expect(try await harness.live(sla).output.rows.first?.figures.answeredWithinThreshold == 85)
            #expect(try await harness.reader.asOf(monday, sla).output.rows.first?.figures.answeredWithinThreshold == 70)

            // Before the log began: said so, not "no site MNL is known" (issue 15, item 2).
            do {
                _ = try await harness.reader.asOf(beforeAnything, roster)
                Issue.record("an instant before the log began should be refused")
            } catch let error as ReportError {
                guard case let .beforeTheLog(instant, first?) = error else { Issue.record("\(error)"); return }
                #expect(instant == beforeAnything && first > beforeAnything)
            }
            let scratch = try await store.client.query(
                "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^(asof|replay)_[0-9]+_'", logger: TestDatabase.logger)
            for try await count in scratch.decode(Int.self) { #expect(count == 0) }
        }
    }

    /// The standing as-of views (schema/0040, what lets replicas answer as-of reads) give the
    /// scratch views' answer and the replay's; a rebuild drops them, and the next as-of read
    /// on the primary makes them again.
    @Test func standingViewsAnswerAsScratchViewsAndComeBackAfterARebuild() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let harness = ReadModelHarness(store: store)
            try await world.openSite("MNL", zone: "Asia/Manila")
            try await world.hire("A1", at: "MNL", status: .training)
            try await world.hire("A2", at: "MNL")
            try await harness.settle()
            try await Task.sleep(for: .milliseconds(20))
            let then = try await harness.serverNow()
            try await Task.sleep(for: .milliseconds(20))
            try await world.agent(.changeStatus(agent: "A1", to: .nesting, effectiveOn: "2026-11-24", reason: "passed"))
            try await world.hire("A3", at: "MNL")
            try await harness.settle()

            let roster = RosterReport(siteID: "MNL")
            let standing = try await harness.reader.asOf(then, roster)
            let scratch = try await harness.reader.scratchAsOf(then, roster)
            let replayed = try await harness.reader.replayedAsOf(then, roster)
            let shape = { (result: ReportResult<RosterReport.Output>) in result.output.agents.map { "\($0.agentID) \($0.status)" } }
            #expect(shape(standing) == ["A2 \(AgentStatus.live)", "A1 \(AgentStatus.training)"])
            #expect(shape(standing) == shape(scratch) && shape(standing) == shape(replayed))
            #expect(standing.position == scratch.position)
            #expect(try await Self.standingViews(of: "site_roster", store: store) > 0)

            try await harness.engine.rebuild(SiteRosterProjection())
            #expect(try await Self.standingViews(of: "site_roster", store: store) == 0, "the rebuild kept views of the dropped tables")
            let afterRebuild = try await harness.reader.asOf(then, roster)
            #expect(shape(afterRebuild) == shape(standing))
            #expect(try await Self.standingViews(of: "site_roster", store: store) > 0, "the as-of read did not make the views again")
        }
    }

    static func standingViews(of readModel: String, store: EventLog) async throws -> Int {
        let rows = try await store.client.query("""
            SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = \("asof_" + readModel) AND c.relkind = 'v'
            """, logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
