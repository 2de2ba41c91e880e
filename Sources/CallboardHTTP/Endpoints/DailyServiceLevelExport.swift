import CallboardProjections
import CallboardReports
import Projections

/// `GET /v1/accounts/{account}/sla/daily?month=YYYY-MM`: each queue's service level per
/// local day of the month on the reader's clock, against the SLA in force (`report sla`):
/// ``ServiceLevelDefinition``'s day rows.
struct DailyServiceLevelExport: AccountExport {
    let path = "/sla/daily"
    var readModels: [any Projection] { ServiceLevelDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.month("month")
        return ExportCost(estimatedRows: request.profile.queues.count * 31)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let month = try request.parameters.month("month")
        let report = try await request.read(
            SLAReport(accountID: request.profile.accountID, month: month, timeZone: request.clock.zoneID))
        let rows = report.output.rows.compactMap { row -> [Cell]? in
            guard case .day = row.period else { return nil }
            return ServiceLevelDefinition.row(row)
        }
        return ExportAnswer(
            request.table(ServiceLevelDefinition.self, rows: rows, meta: ServiceLevelDefinition.meta(report.output)),
            position: report.position)
    }
}
