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
/// `today` defaults to today on the reader's clock.
struct PeakForecastExport: AccountExport {
    let path = "/peak-forecast"
    var readModels: [any Projection] { PeakReport.readModels }

    static let columns = [
        "queue_id", "channel", "language", "day", "timing", "revision", "forecast_p50", "forecast_p90", "actual", "feed_gap",
        "error", "required_agents", "pool_agents", "allocated_agents", "gap", "planned_agents", "sites", "confidence", "method",
    ]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        let season = try request.parameters.season("season")
        _ = try request.parameters.integer("revision", in: 1...10_000)
        if request.parameters["today"] != nil { _ = try request.parameters.date("today") }
        return ExportCost(estimatedRows: request.profile.queues.count * season.days.count)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let (season, report) = try await Self.outlook(request)
        let rows = report.output.rows.map { row -> [ExportValue] in
            [
                .text(row.queueID.rawValue), .text(row.channel.rawValue), .text(row.language.rawValue),
                .text(row.day.description), .text(row.timing.rawValue), row.revision.map(ExportValue.integer) ?? .null,
                .optional(row.forecastP50), row.timing == .past ? .null : .optional(row.forecastP90),
                row.timing == .future ? .null : .optional(row.actual), .bool(row.feedGap), .optional(row.error),
                .optional(row.required), .integer(row.pool), .optional(row.required.map { _ in Self.tenths(row.allocated) }),
                .optional(row.required.map { _ in Self.tenths(row.gap) }),
                row.timing == .past || row.required == nil ? .null : .decimal(Self.tenths(row.planned)),
                .text(row.sites.filter { $0.allocated > 0 }.map { "\($0.siteID):\(Self.tenths($0.allocated))" }.joined(separator: ";")),
            ] + Self.confidence(of: row.queueID, in: report.output)
        }
        let meta: [(String, ExportValue)] = [
            ("season", .text(season.id)), ("first_day", .text(season.firstDay.description)),
            ("last_day", .text(season.lastDay.description)),
            ("model_versions", .text(report.output.modelVersions.joined(separator: ";"))),
            ("today", .text(report.output.today.description)),
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
        let today = try request.parameters["today"].map { _ throws(ExportError) in try request.parameters.date("today") }
            ?? LocalDateTime(Date(), in: request.clock.zone).date
        let report = try await request.read(
            PeakReport(season: season, accountID: request.profile.accountID, revision: revision,
                       today: CalendarDay(parsing: today.description) ?? season.firstDay))
        return (season, report)
    }

    /// Agents to one decimal (an agent split across queues is a fraction of a person).
    static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
