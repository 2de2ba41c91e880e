import CallboardReports
import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/coverage?date=YYYY-MM-DD[&percentile=p50|p90]`: per half hour
/// of the local day on the reader's clock and per queue, the agents scheduled, those who
/// count (live, speaking the language, certified), the agents the latest published season
/// forecast requires (null where none covers the interval) and the gap, and the sites they
/// work at (`report coverage`, `--p90` being `percentile=p90`): ``CoverageDefinition``.
struct CoverageExport: AccountExport {
    let path = "/coverage"
    var readModels: [any Projection] { CoverageDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.date("date")
        _ = try Self.basis(request.parameters)
        return ExportCost(estimatedRows: request.profile.queues.count * 48)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let date = try request.parameters.date("date")
        let basis = try Self.basis(request.parameters)
        let report = try await request.read(
            CoverageReport(accountID: request.profile.accountID, date: date, timeZone: request.clock.zoneID, basis: basis))
        let table = request.table(CoverageDefinition.self, rows: CoverageDefinition.rows(report.output, request.rowContext),
                                  meta: CoverageDefinition.meta(report.output))
        return ExportAnswer(table, position: report.position)
    }

    /// `percentile`: `p50` (the default) or `p90`.
    static func basis(_ parameters: QueryParameters) throws(ExportError) -> RequirementBasis {
        guard let text = parameters["percentile"] else { return .p50 }
        guard let basis = RequirementBasis(rawValue: text) else {
            throw .badParameter("percentile", "must be p50 or p90, but was '\(QueryParameters.visible(text))'")
        }
        return basis
    }
}
