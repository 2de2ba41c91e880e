import CallboardReports
import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/peak-plan?season=S[&revision=N][&today=D]`: the plan from today
/// behind the account's season forecast (`report peak --plan`): per queue, overtime, agents to
/// cross-train and hires, at which site, needed by which day, the latest day to start, when it
/// lands if started today, and whether it is overdue with the short days it can no longer close.
/// ``PeakPlanDefinition``.
struct PeakPlanExport: AccountExport {
    let path = "/peak-plan"
    var readModels: [any Projection] { PeakPlanDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        try PeakForecastExport().validate(request)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await PeakForecastExport.outlook(request)
        // Clients see no agent ids: the cross-training proposals' agents stay internal.
        let table = request.table(
            PeakPlanDefinition.self, rows: PeakPlanDefinition.rows(report.output, RowContext { _, _ in "" }),
            meta: [("season", .text(season.id))])
        return ExportAnswer(table, position: report.position)
    }
}
