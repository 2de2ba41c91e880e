import CallboardReports
import CallboardDomain
import CallboardProjections
import Forecasting
import Foundation
import CapacityPlanning
import Projections

/// `GET /v1/accounts/{account}/peak-forecast?season=S[&revision=N][&today=D]`: per queue of the
/// account and day of the season (the queue's market days), the published forecast (P50, P90,
/// the model version and revision), what actually arrived so far (a feed gap where a past day
/// forecast open has no report), the agents required, the pool that could serve the queue,
/// the agents allocated to it (each agent counted once over the network), the gap and the
/// supply planned from today: the same computation as `report peak`. The latest revision of
/// each queue unless `revision` asks for an earlier one; past seasons stay available by name;
/// `today` defaults to today on the reader's clock. ``PeakForecastDefinition``.
struct PeakForecastExport: AccountExport {
    let path = "/peak-forecast"
    var readModels: [any Projection] { PeakForecastDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        let season = try request.parameters.season("season")
        _ = try request.parameters.integer("revision", in: 1...10_000)
        if request.parameters["today"] != nil { _ = try request.parameters.date("today") }
        return ExportCost(estimatedRows: request.profile.queues.count * season.days.count)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await Self.outlook(request)
        _ = season
        let table = request.table(
            PeakForecastDefinition.self, rows: PeakForecastDefinition.rows(report.output, request.rowContext),
            meta: PeakForecastDefinition.meta(report.output))
        return ExportAnswer(table, position: report.position)
    }

    /// The account's season outlook the `season` and `revision` parameters name: what both
    /// peak exports answer from.
    static func outlook(_ request: AccountRequest) async throws -> (PeakSeason, ReportResult<PeakOutlook>) {
        let season = try request.parameters.season("season")
        let revision = try request.parameters.integer("revision", in: 1...10_000)
        let today = try request.parameters["today"].map { _ throws(ExportError) in try request.parameters.date("today") }
            ?? LocalDateTime(Date(), in: request.clock.zone).date
        let report = try await request.read(
            PeakReport(season: season, accountID: request.profile.accountID, revision: revision,
                       today: LocalDate(parsing: today.description) ?? season.firstDay))
        return (season, report)
    }
}
