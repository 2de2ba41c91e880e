import CallboardProjections
import CallboardReports
import CivilCalendar
import EventStore
import Projections

/// `GET /v1/accounts/{account}/sla/monthly?from=YYYY-MM[&to=YYYY-MM]`: each queue's service
/// level per month (at most 24) on the reader's clock, against the SLA in force:
/// ``ServiceLevelDefinition``'s month rows.
struct MonthlyServiceLevelExport: AccountExport {
    let path = "/sla/monthly"
    var readModels: [any Projection] { ServiceLevelDefinition.readModels }

    static let maximumMonths = 24

    /// The months `from` to `to` asks for (at most 24), or 400 naming the parameter.
    static func months(_ parameters: QueryParameters) throws(ExportError) -> [LocalMonth] {
        let from = try parameters.month("from")
        let to = parameters["to"] == nil ? from : try parameters.month("to")
        var months = [from]
        while let last = months.last, last != to, months.count <= Self.maximumMonths {
            guard let next = LocalMonth(parsing: String(last.next.firstDay.description.prefix(7))) else { break }
            months.append(next)
        }
        guard months.last == to, months.count <= Self.maximumMonths else {
            throw ExportError.badParameter("to", "must be from \(from) to \(Self.maximumMonths) months later, but was \(to)")
        }
        return months
    }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        ExportCost(estimatedRows: try Self.months(request.parameters).count * request.profile.queues.count)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let months = try Self.months(request.parameters)
        var rows: [[Cell]] = []
        var position: LogCheckpoint?
        for month in months {
            let report = try await request.read(
                SLAReport(accountID: request.profile.accountID, month: month, timeZone: request.clock.zoneID))
            position = min(position ?? report.position, report.position)
            for row in report.output.rows {
                guard case .month = row.period else { continue }
                rows.append(ServiceLevelDefinition.row(row))
            }
        }
        return ExportAnswer(request.table(ServiceLevelDefinition.self, rows: rows), position: position)
    }
}
