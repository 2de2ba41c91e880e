import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing

/// Coverage against the published season forecast: per half hour the agents required by the
/// latest publication covering it and the gap; blank (not 0) where none covers it.
@Suite("Coverage with the published requirement")
struct CoverageRequirementTests {
    @Test func requiredAndGapComeFromTheLatestPublicationCoveringEachHalfHour() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            let harness = ReadModelHarness(store: store)
            let before = try await harness.live(CoverageReport(accountID: "TAB", date: "2026-11-01"))
            #expect(before.output.intervals.allSatisfy { $0.requiredAgents == nil && $0.gap == nil })
            #expect(before.output.requirementSources.isEmpty)
            let unpublished = try await harness.serverNow()

            // Revision 1: 06:00-12:00 UTC, 1, 2, ... 12 agents; revision 2 (published later,
            // mid-season) covers only 10:00-12:00 UTC with 7 agents.
            try await world.publishForecast("TAB-EN", account: "TAB", revision: 1,
                                            intervals: WorldLog.halfHours(from: utc("2026-11-01T06:00:00Z"), scheduled: Array(1...12)))
            try await world.publishForecast("TAB-EN", account: "TAB", revision: 2,
                                            intervals: WorldLog.halfHours(from: utc("2026-11-01T10:00:00Z"), scheduled: [7, 7, 7, 7]))
            // TAB-ES at 20:00 UTC, while it is closed and nobody is scheduled: the row appears.
            try await world.publishForecast("TAB-ES", account: "TAB", revision: 1,
                                            intervals: WorldLog.halfHours(from: utc("2026-11-01T20:00:00Z"), scheduled: [2]))

            let coverage = try await harness.live(CoverageReport(accountID: "TAB", date: "2026-11-01")).output
            #expect(coverage.basis == .p50)
            #expect(coverage.requirementSources == ["black-friday-2026 r1", "black-friday-2026 r2"])
            for interval in coverage.intervals where interval.queueID == "TAB-EN" {
                let index = Int(interval.start.timeIntervalSince(utc("2026-11-01T06:00:00Z")) / 1800)
                let expected: Int? = switch index {
                case 0..<8: index + 1
                case 8..<12: 7
                default: nil
                }
                #expect(interval.requiredAgents == expected, "required at \(interval.start)")
                #expect(interval.gap == expected.map { $0 - CoverageReportTests.expectedEnglish(at: interval.start).eligible },
                        "gap at \(interval.start)")
            }
            #expect(coverage.intervals.filter { $0.queueID == "TAB-EN" }.count == 50)
            let spanish = coverage.intervals.filter { $0.queueID == "TAB-ES" }
            let closedButRequired = try #require(spanish.first { $0.start == utc("2026-11-01T20:00:00Z") })
            #expect(!closedButRequired.isOpen && closedButRequired.requiredAgents == 2 && closedButRequired.gap == 2)
            #expect(spanish.filter { $0.start != utc("2026-11-01T20:00:00Z") }.allSatisfy { $0.requiredAgents == nil })

            // P90: 100 contacts in a half hour at 180 s, 80/20, 30% shrinkage: 14 on contacts, 20 to schedule.
            let p90 = try await harness.live(CoverageReport(accountID: "TAB", date: "2026-11-01", basis: .p90)).output
            let covered = p90.intervals.filter { $0.requiredAgents != nil }
            #expect(covered.count == 13 && covered.allSatisfy { $0.requiredAgents == 20 })

            // As of before the publications, nothing was required (the replay reads the forecasts too).
            let then = try await harness.reader.asOf(unpublished, CoverageReport(accountID: "TAB", date: "2026-11-01"))
            #expect(then.output.intervals.allSatisfy { $0.requiredAgents == nil })
            #expect(then.output.intervals.filter { $0.queueID == "TAB-EN" }.map(\.eligibleAgents)
                == coverage.intervals.filter { $0.queueID == "TAB-EN" }.map(\.eligibleAgents))
        }
    }

    @Test func theQueryNamesEveryReadModelItReads() {
        let names = CoverageReport(accountID: "TAB", date: "2026-11-01").readModels.map(\.name)
        #expect(Set(names) == ["client_accounts", "shift_coverage", "certifications", "peak_forecasts"])
    }
}
