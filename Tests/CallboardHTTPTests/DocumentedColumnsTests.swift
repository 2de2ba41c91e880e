@testable import CallboardHTTP
import Foundation
import Testing

/// The OpenAPI document names each export's columns as the export writes them, in the
/// operation's description and in its CSV answer's (they had been copied from /coverage into
/// three other exports' CSV descriptions).
@Suite struct DocumentedColumnsTests {
    static let columns: [String: [String]] = [
        "": AccountProfileExport.columns, "/intervals": IntervalsExport.columns, "/sla/daily": ServiceLevelRows.columns,
        "/sla/monthly": ServiceLevelRows.columns, "/coverage": CoverageExport.columns,
        "/certified-headcount": CertifiedHeadcountExport.columns, "/peak-forecast": PeakForecastExport.columns,
        "/peak-plan": PeakPlanExport.columns, "/changes": ChangeFeedExport.columns,
    ]

    @Test func everyExportsColumnsAreDocumentedAsWritten() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data()) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(Self.columns.keys.map { "/v1/accounts/{account}" + $0 }) == Set(ExportAPI.exports.map { "/v1/accounts/{account}" + $0.path }))
        for (suffix, columns) in Self.columns {
            let path = "/v1/accounts/{account}" + suffix
            let get = (paths[path] as? [String: Any])?["get"] as? [String: Any]
            let listed = "Columns: " + columns.joined(separator: ", ") + "."
            #expect((get?["description"] as? String)?.contains(listed) == true, "\(path): description")
            let ok = (get?["responses"] as? [String: Any])?["200"] as? [String: Any]
            let csv = ((ok?["content"] as? [String: Any])?["text/csv"] as? [String: Any])?["schema"] as? [String: Any]
            #expect((csv?["description"] as? String)?.hasSuffix(listed) == true, "\(path): CSV")
        }
    }
}
