@testable import CallboardHTTP
import CallboardDomain
import CallboardProjections
import CapacityPlanning
import CallboardReports
import Foundation
import HummingbirdTesting
import PostgresTestSupport
import Testing

/// The coverage export carries the requirement and gap `report coverage` shows, from the
/// season forecast the scheduler's job published; null outside it.
@Suite struct CoverageExportTests {
    @Test func theExportCarriesTheReportsRequirementAndGap() async throws {
        try await APIHarness.run { harness, client in
            try await PeakExportTests.publishBlackFriday2026(harness)
            let reader = ReportReader(store: harness.store, logger: TestDatabase.logger)
            for basis in RequirementBasis.allCases {
                let report = try await reader.live(CoverageReport(accountID: "ACME", date: "2026-11-27", basis: basis)).output
                let response = try await client.get(
                    "/v1/accounts/ACME/coverage?date=2026-11-27&percentile=\(basis.rawValue)", token: harness.acme)
                #expect(response.status == .ok)
                #expect(response.object["percentile"] as? String == basis.rawValue)
                #expect(response.object["requirement_sources"] as? [String] == ["black-friday-2026 r1"])
                #expect(response.rows.count == report.intervals.count)
                for (row, interval) in zip(response.rows, report.intervals) {
                    #expect(row["queue_id"] as? String == interval.queueID.rawValue)
                    #expect(row["required_agents"] as? Int == interval.requiredAgents)
                    #expect(row["gap"] as? Int == interval.gap)
                    #expect(row["eligible_agents"] as? Int == interval.eligibleAgents)
                }
                // Black Friday is in the season: every half hour of the forecast voice queue has a requirement.
                let voice = report.intervals.filter { $0.queueID == "ACME-V" }
                #expect(voice.count == 48 && voice.allSatisfy { ($0.requiredAgents ?? 0) > 0 && $0.gap == $0.requiredAgents! })
            }

            // The P50 requirement is the one the job published per interval.
            let published = try await reader.live(PeakIntervalsReport(season: try PeakSeason.named("black-friday-2026"), queueID: "ACME-V"))
            let scheduled = Dictionary(uniqueKeysWithValues: published.output.rows.map { ($0.start, $0.scheduledAgents) })
            let p50 = try await reader.live(CoverageReport(accountID: "ACME", date: "2026-11-27")).output.intervals
            let p90 = try await reader.live(CoverageReport(accountID: "ACME", date: "2026-11-27", basis: .p90)).output.intervals
            for (median, high) in zip(p50, p90) where median.queueID == "ACME-V" {
                #expect(median.requiredAgents == scheduled[median.start], "P50 at \(median.start)")
                #expect((high.requiredAgents ?? 0) >= (median.requiredAgents ?? 0), "P90 at \(median.start)")
            }
            #expect(zip(p50, p90).contains { ($1.requiredAgents ?? 0) > ($0.requiredAgents ?? 0) })

            // Before the season: nothing published covers the day, so required and gap are null, not 0.
            let before = try await client.get("/v1/accounts/ACME/coverage?date=2026-11-01", token: harness.acme)
            #expect(before.status == .ok && !before.rows.isEmpty)
            #expect(before.rows.allSatisfy { $0["required_agents"] is NSNull && $0["gap"] is NSNull })
            let csv = try await client.get("/v1/accounts/ACME/coverage?date=2026-11-27&format=csv", token: harness.acme)
            #expect(csv.text.hasPrefix(CoverageDefinition.columnNames.joined(separator: ",") + "\n"))

            let bad = try await client.get("/v1/accounts/ACME/coverage?date=2026-11-27&percentile=p95", token: harness.acme)
            #expect(bad.status == .badRequest && bad.text.contains("percentile"))
        }
    }
}
