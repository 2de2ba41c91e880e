import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Projections

/// `GET /v1/accounts/{account}/peak-forecast?season=S[&revision=N]`: per queue of the account
/// and day of the season (the queue's market days), the published forecast (P50, P90, the
/// model version and revision), what actually arrived so far, the agents required, the
/// certified agents available and scheduled, and the gap (`report peak`). The latest
/// revision of each queue unless `revision` asks for an earlier one; past seasons stay
/// available by name.
struct PeakForecastExport: AccountExport {
    let path = "/peak-forecast"
    var readModels: [any Projection] {
        [PeakForecastsProjection(), ClientAccountsProjection(), QueueIntervalsProjection(), ForecastConfidenceProjection()]
    }

    static let columns = [
        "queue_id", "channel", "language", "day", "revision", "forecast_p50", "forecast_p90", "actual", "required_agents",
        "available_agents", "scheduled_agents", "gap", "sites", "confidence", "method",
    ]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        let season = try request.parameters.season("season")
        _ = try request.parameters.integer("revision", in: 1...10_000)
        return ExportCost(estimatedRows: request.profile.queues.count * season.days.count)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await Self.outlook(request)
        let rows = report.output.rows.map { row -> [ExportValue] in
            [
                .text(row.queueID.rawValue), .text(row.channel.rawValue), .text(row.language.rawValue),
                .text(row.day.description), .integer(row.revision), .decimal(row.forecastP50), .decimal(row.forecastP90),
                row.actual.map(ExportValue.decimal) ?? .null, .integer(row.required), .integer(row.available),
                .integer(row.scheduled), .integer(row.gap),
                .text(row.sites.map { "\($0.siteID):\($0.agents)" }.joined(separator: ";")),
            ] + Self.confidence(of: row.queueID, in: report.output)
        }
        let meta: [(String, ExportValue)] = [
            ("season", .text(season.id)), ("first_day", .text(season.firstDay.description)),
            ("last_day", .text(season.lastDay.description)),
            ("model_versions", .text(report.output.modelVersions.joined(separator: ";"))),
        ]
        return ExportAnswer(ExportTable(columns: Self.columns, meta: meta, rows: rows), position: report.position)
    }

    /// The `confidence` and `method` cells of a queue's rows (`normal`, `own history` when unknown).
    static func confidence(of queue: QueueID, in outlook: PeakOutlook) -> [ExportValue] {
        let known = outlook.confidence[queue]
        return [.text(known?.confidence.rawValue ?? "normal"), .text(known?.method ?? "own history")]
    }

    /// The account's season outlook the `season` and `revision` parameters name: what both
    /// peak exports answer from.
    static func outlook(_ request: AccountRequest) async throws -> (PeakSeason, ReportResult<PeakOutlook>) {
        let season = try request.parameters.season("season")
        let revision = try request.parameters.integer("revision", in: 1...10_000)
        let report = try await request.services.reader.live(
            PeakReport(season: season, accountID: request.profile.accountID, revision: revision))
        return (season, report)
    }
}
