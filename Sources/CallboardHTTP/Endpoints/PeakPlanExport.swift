import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/peak-plan?season=S[&revision=N][&today=D]`: the plan from today
/// behind the account's season forecast (`report peak --plan`): per queue, overtime, agents to
/// cross-train and hires, at which site, needed by which day, the latest day to start, when it
/// lands if started today, and whether it is overdue with the short days it can no longer close.
struct PeakPlanExport: AccountExport {
    let path = "/peak-plan"
    var readModels: [any Projection] { PeakReport.readModels }

    static let columns = ["queue_id", "kind", "site_id", "agents", "hours", "needed_by", "latest_start", "lands_on", "overdue",
                          "days", "unreachable_days"]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        try PeakForecastExport().validate(request)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await PeakForecastExport.outlook(request)
        let rows = report.output.plan.map { cohort -> [ExportValue] in
            [
                .text(cohort.queueID), .text(cohort.kind.rawValue), cohort.siteID.map(ExportValue.text) ?? .null,
                .integer(cohort.agents), .optional(cohort.hours.map(PeakForecastExport.tenths)), .text(cohort.neededBy.description),
                .text(cohort.latestStart.description), .text(cohort.landsOn.description), .bool(cohort.overdue),
                .integer(cohort.days), .integer(cohort.unreachableDays),
            ]
        }
        return ExportAnswer(ExportTable(columns: Self.columns, meta: [("season", .text(season.id))], rows: rows),
                            position: report.position)
    }
}
