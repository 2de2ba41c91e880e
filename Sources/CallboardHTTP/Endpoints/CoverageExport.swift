import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/coverage?date=YYYY-MM-DD`: per half hour of the local day on
/// the reader's clock and per queue, the agents scheduled, those who count (live, speaking
/// the language) and the sites they work at (`report coverage`).
struct CoverageExport: AccountExport {
    let path = "/coverage"
    var readModels: [any Projection] { [ClientAccountsProjection(), ShiftCoverageProjection()] }

    static let columns = [
        "interval_start", "queue_id", "channel", "language", "is_open", "scheduled_agents", "eligible_agents",
        "eligible_fte", "sites",
    ]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.date("date")
        return ExportCost(estimatedRows: request.profile.queues.count * 48)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let date = try request.parameters.date("date")
        let report = try await request.services.reader.live(
            CoverageReport(accountID: request.profile.accountID, date: date, timeZone: request.clock.zoneID))
        var instants = request.clock.renderer()
        let rows = report.output.intervals.map { interval -> [ExportValue] in
            [
                .text(instants.render(interval.start)), .text(interval.queueID.rawValue), .text(interval.channel.rawValue),
                .text(interval.language.rawValue), .bool(interval.isOpen), .integer(interval.scheduledAgents),
                .integer(interval.eligibleAgents), .decimal(interval.eligibleFTE),
                .text(interval.sites.map { "\($0.siteID):\($0.agents)" }.joined(separator: ";")),
            ]
        }
        return ExportAnswer(
            ExportTable(columns: Self.columns, meta: [("date", .text(date.description))], rows: rows),
            position: report.position)
    }
}
