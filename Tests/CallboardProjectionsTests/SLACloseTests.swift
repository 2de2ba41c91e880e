import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing

/// Issue 15, item 3: a closed service-level month returns the figures reported to the client
/// by default, with later corrections beside them, as a granted award does.
@Suite("A closed service-level month")
struct SLACloseTests {
    @Test func returnsTheClosedFiguresWithLaterCorrectionsBeside() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let harness = ReadModelHarness(store: store)
            try await Worlds.serviceLevels(&world)
            try await world.report("PET-V", at: utc("2026-11-02T14:00:00Z"), ChangingHistory.figures(70))
            try await harness.settle()
            let knownAt = try await harness.serverNow()
            let november = try #require(LocalMonth(parsing: "2026-11"))
            let query = SLAReport(accountID: "PET", month: november)
            let reported = try await harness.reader.read(query, asOf: knownAt)
            #expect(reported.output.closure == nil && reported.output.laterCorrections.isEmpty)

            let close = CloseSLAMonth(
                accountID: "PET", month: "2026-11", figuresFingerprint: SLAMonthClosure.fingerprint(of: reported.output.rows),
                position: reported.position.description, knownAt: knownAt, closedAt: utc("2026-12-02T00:00:00Z"),
                closedBy: "am.reyes")
            let context = SLAMonthContext(account: world.accounts["PET"], marketTimeZone: "America/New_York")
            var early = close
            early.closedAt = utc("2026-12-01T04:59:00Z")
            #expect(throws: SLAMonthRejection.monthNotOver("PET", "2026-11", closesOn: "2026-12-01")) {
                try SLAMonth.decide(early, state: nil, context: context)
            }
            let state = try await world.record(SLAMonth.self, close, state: nil, context: context)
            #expect(throws: SLAMonthRejection.alreadyClosed("PET", "2026-11", at: close.closedAt, by: "am.reyes")) {
                try SLAMonth.decide(close, state: state, context: context)
            }

            // A late correction of a November interval.
            try await world.report("PET-V", at: utc("2026-11-02T14:00:00Z"), ChangingHistory.figures(85))
            let now = try await harness.live(query).output
            #expect(now.rows == reported.output.rows)
            #expect(now.closure?.closedBy == "am.reyes")
            #expect(abs((now.closure?.knownAt ?? .distantPast).timeIntervalSince(knownAt)) < 0.001)
            #expect(now.closure?.fingerprintMatches == true)
            #expect(!now.laterCorrections.isEmpty)
            #expect(now.laterCorrections.allSatisfy { $0.queueID == "PET-V" && $0.figures.answeredWithinThreshold == 85 })

            // As known before the close the month was open; on another clock the close does not apply.
            #expect(try await harness.reader.read(query, asOf: knownAt).output.closure == nil)
            let zoned = try await harness.live(SLAReport(accountID: "PET", month: november, timeZone: "America/New_York")).output
            #expect(zoned.closure == nil && zoned.rows.contains { $0.figures.answeredWithinThreshold == 85 })
        }
    }
}
