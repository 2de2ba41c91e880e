import CallboardReports
import Foundation
import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/certified-headcount[?expiring_within_days=N]`: per queue of
/// the account that requires a training program and per site, the agents who speak the
/// queue's language and are certified on its program now, in training, in nesting, and
/// certified but expiring within the window (default 30 days); the certified agents are
/// listed under pseudonyms only (``AgentPseudonyms``), never by name or id (`report
/// readiness`). Judged at the request's instant: the read model keeps each agent's latest
/// training cycle, so a past day's stages cannot be told from it. ``ReadinessDefinition``.
struct CertifiedHeadcountExport: AccountExport {
    let path = "/certified-headcount"
    var readModels: [any Projection] { ReadinessDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.integer("expiring_within_days", in: 1...366)
        return .small
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let days = try request.parameters.integer("expiring_within_days", in: 1...366) ?? 30
        let account = request.profile.accountID
        let now = Date()
        let report = try await request.read(
            ReadinessReport(accountID: account, at: now, expiringWithin: Double(days) * 86_400))
        let table = request.table(
            ReadinessDefinition.self, rows: ReadinessDefinition.rows(report.output, request.rowContext),
            meta: ReadinessDefinition.meta(judgedAt: now, expiringWithinDays: Double(days), totals: report.output.totals))
        return ExportAnswer(table, position: report.position)
    }
}
