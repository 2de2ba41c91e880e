import CallboardReports
import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}`: the contract (in `meta` for JSON) and one row per queue
/// and SLA period: channel, language, market, clock, hours, and each SLA with when it took
/// effect and when the next one replaced it, on the reader's clock: ``AccountProfileDefinition``.
struct AccountProfileExport: AccountExport {
    let path = ""
    var readModels: [any Projection] { AccountProfileDefinition.readModels }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost { .small }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let profile = request.profile
        let table = request.table(
            AccountProfileDefinition.self, rows: AccountProfileDefinition.rows(profile, request.rowContext),
            meta: AccountProfileDefinition.meta(profile, clock: request.clock.zoneID.rawValue))
        return ExportAnswer(table, position: request.profilePosition)
    }
}
