import CallboardDomain

/// `commendations.csv`: one row records one client's praise of an agent by name.
public enum CommendationsFormat: ImportFormat {
    public typealias Rules = AgentQuality

    public static let kind = ImportKind.commendations
    public static let columns = ColumnSet(
        required: ["commendation_id", "agent_id", "account_id", "note", "received_at"])
    public static let uniqueColumn: String? = "commendation_id"

    static let fieldColumns = ["agentID": "agent_id", "accountID": "account_id"]

    public static func commands(reading row: inout RowReader) -> [AgentQualityCommand]? {
        let commendation = row.required("commendation_id") { $0 }
        let agent = row.required("agent_id") { AgentID($0) }
        let account = row.required("account_id") { AccountID($0) }
        let receivedAt = row.required("received_at", FieldSyntax.instant)
        guard commendation != nil, let agent, let account, let receivedAt, !row.hasProblems else { return nil }
        return [.recordCommendation(agent: agent, account: account, note: row.text("note"), at: receivedAt)]
    }

    public static func problems(explaining rejection: AgentQualityRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .conflictsWithRecorded, .caseNotOpened, .closedBeforeOpened: [ColumnProblem(rejection, column: "note")]
        }
    }
}
