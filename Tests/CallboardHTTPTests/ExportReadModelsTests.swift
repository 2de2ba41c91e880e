@testable import CallboardHTTP
import CallboardDomain
import CallboardProjections
import CallboardReports
import Foundation
import Projections
import Testing

/// Each export's read models (what its early ETag check compares) are its report query's,
/// taken from the query through its definition, never a second list (issue 14:
/// `CoverageExport` had left out the certifications model the coverage report reads).
@Suite struct ExportReadModelsTests {
    static func names(_ projections: [any Projection]) -> Set<String> { Set(projections.map(\.name)) }

    @Test func everyReportExportReadsWhatItsQueryReads() throws {
        let day = try #require(LocalDate(year: 2026, month: 11, day: 27))
        let month = try #require(LocalMonth(parsing: "2026-11"))
        let expected: [String: [any Projection]] = [
            "/coverage": CoverageReport(accountID: "ACME", date: day, timeZone: "UTC", basis: .p90).readModels,
            "/sla/daily": SLAReport(accountID: "ACME", month: month).readModels,
            "/sla/monthly": SLAReport(accountID: "ACME", month: month, timeZone: "UTC").readModels,
            "/certified-headcount": ReadinessReport(accountID: "ACME", at: Date(), expiringWithin: 86_400).readModels,
            "/peak-forecast": PeakReport.readModels, "/peak-plan": PeakReport.readModels,
        ]
        for export in ExportAPI.exports {
            guard let query = expected[export.path] else { continue }
            #expect(Self.names(export.readModels) == Self.names(query), "\(export.path)")
        }
        let coverage = try #require(ExportAPI.exports.first { $0.path == "/coverage" })
        #expect(Self.names(coverage.readModels).contains(CertificationsProjection().name))
    }
}
