import CallboardDomain
import CallboardReports

extension AccountRequest {
    /// How the API names agents: by pseudonym per account, never by id or name.
    var rowContext: RowContext {
        let pseudonyms = services.pseudonyms
        return RowContext { agent, account in pseudonyms.pseudonym(for: AgentID(agent), in: AccountID(account)) }
    }

    /// A table of `rows` under `definition`'s columns, its instants on the request's clock.
    func table<Definition: ReportDefinition>(
        _ definition: Definition.Type, rows: [[Cell]], meta: [(String, Cell)] = []
    ) -> ReportTable {
        ReportTable(columns: Definition.columns, meta: meta, rows: rows, zone: clock.zone)
    }
}
