import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/sla/daily?month=YYYY-MM`: each queue's service level per
/// local day of the month on the reader's clock, against the SLA in force (`report sla`).
struct DailyServiceLevelExport: AccountExport {
    let path = "/sla/daily"
    var readModels: [any Projection] { SLAReport(accountID: "", month: CalendarMonth(containing: QueryParameters.earliestDate)).readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.month("month")
        return ExportCost(estimatedRows: request.profile.queues.count * 31)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let month = try request.parameters.month("month")
        let report = try await request.read(
            SLAReport(accountID: request.profile.accountID, month: month, timeZone: request.clock.zoneID))
        var instants = request.clock.renderer()
        let rows = report.output.rows.compactMap { row -> [ExportValue]? in
            guard case let .day(day) = row.period else { return nil }
            return ServiceLevelRows.row(row, period: day.description, &instants)
        }
        return ExportAnswer(
            ExportTable(columns: ServiceLevelRows.columns, meta: [("month", .text(month.description))], rows: rows),
            position: report.position)
    }
}
