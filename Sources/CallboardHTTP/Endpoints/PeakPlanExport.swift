import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/peak-plan?season=S[&revision=N]`: the capacity plan behind the
/// account's season forecast: per queue, how many agents to cross-train or hire, at which
/// site (cross-training) or anywhere (hiring), needed by which day, and the latest day
/// training must start given the program's classroom and nesting time (`report peak --plan`).
struct PeakPlanExport: AccountExport {
    let path = "/peak-plan"
    var readModels: [any Projection] {
        [PeakForecastsProjection(), ClientAccountsProjection(), QueueIntervalsProjection(), ForecastConfidenceProjection()]
    }

    static let columns = ["queue_id", "kind", "site_id", "agents", "needed_by", "latest_start"]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        try PeakForecastExport().validate(request)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await PeakForecastExport.outlook(request)
        let rows = report.output.plan.map { cohort -> [ExportValue] in
            [
                .text(cohort.queueID), .text(cohort.kind.rawValue), cohort.siteID.map(ExportValue.text) ?? .null,
                .integer(cohort.agents), .text(cohort.neededBy.description), .text(cohort.latestStart.description),
            ]
        }
        return ExportAnswer(ExportTable(columns: Self.columns, meta: [("season", .text(season.id))], rows: rows),
                            position: report.position)
    }
}
