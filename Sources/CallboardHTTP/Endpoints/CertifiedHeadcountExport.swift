import Foundation
import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}/certified-headcount[?expiring_within_days=N]`: per queue of
/// the account that requires a training program and per site, the agents who speak the
/// queue's language and are certified on its program now, in training, in nesting, and
/// certified but expiring within the window (default 30 days); the certified agents are
/// listed under pseudonyms only (``AgentPseudonyms``), never by name or id (`report
/// readiness`). Judged at the request's instant: the read model keeps each agent's latest
/// training cycle, so a past day's stages cannot be told from it.
struct CertifiedHeadcountExport: AccountExport {
    let path = "/certified-headcount"
    var readModels: [any Projection] { [SiteRosterProjection(), ClientAccountsProjection(), CertificationsProjection()] }

    static let columns = [
        "queue_id", "channel", "language", "program_id", "site_id", "certified", "in_training", "nesting", "expiring",
        "certified_agents",
    ]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        _ = try request.parameters.integer("expiring_within_days", in: 1...366)
        return .small
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let days = try request.parameters.integer("expiring_within_days", in: 1...366) ?? 30
        let account = request.profile.accountID
        let now = Date()
        var instants = request.clock.renderer()
        let report = try await request.read(
            ReadinessReport(accountID: account, at: now, expiringWithin: Double(days) * 86_400))
        let pseudonyms = request.services.pseudonyms
        let rows = report.output.map { row -> [ExportValue] in
            [
                .text(row.queueID.rawValue), .text(row.channel.rawValue), .text(row.language.rawValue),
                .text(row.programID.rawValue), .text(row.siteID.rawValue), .integer(row.certified),
                .integer(row.inTraining), .integer(row.nesting), .integer(row.expiring),
                .text(row.certifiedAgents.map { pseudonyms.pseudonym(for: $0, in: account) }.sorted().joined(separator: ";")),
            ]
        }
        return ExportAnswer(
            ExportTable(columns: Self.columns,
                        meta: [("judged_at", .text(instants.render(now))),
                               ("expiring_within_days", .integer(days))], rows: rows),
            position: report.position)
    }
}
