import CallboardDomain

/// `campaigns.csv`: one row records a client's launch or promotion, for the whole account
/// (`queue` empty) or one of its queues, from `first_day` to `last_day` (market-local days),
/// with the uplift the client expects when stated.
public enum CampaignsFormat: ImportFormat {
    public typealias Rules = ClientAccount

    public static let kind = ImportKind.campaigns
    public static let columns = ColumnSet(
        required: ["account", "name", "kind", "first_day", "last_day"], optional: ["queue", "expected_uplift"])

    static let fieldColumns = [
        "accountID": "account", "queueID": "queue", "name": "name", "kind": "kind", "firstDay": "first_day",
        "lastDay": "last_day", "expectedUplift": "expected_uplift",
    ]

    public static func commands(reading row: inout RowReader) -> [ClientAccountCommand]? {
        let account = row.required("account") { AccountID($0) }
        let kind = row.required("kind", FieldSyntax.campaignKind)
        let first = row.required("first_day", FieldSyntax.date)
        let last = row.required("last_day", FieldSyntax.date)
        let uplift = row.optional("expected_uplift", FieldSyntax.number)
        let queue = row.optional("queue") { QueueID($0) }
        guard let account, let kind, let first, let last, !row.hasProblems else { return nil }
        return [.recordCampaign(RecordCampaign(
            accountID: account, queueID: queue, name: row.text("name"), kind: kind, firstDay: first, lastDay: last,
            expectedUplift: uplift))]
    }

    /// A campaign is named once per account and file: two rows for it have no single right answer.
    public static func rowKey(of commands: [ClientAccountCommand]) -> RowKey? {
        guard case let .recordCampaign(campaign)? = commands.first else { return nil }
        return RowKey(column: "name", text: "\(campaign.accountID) '\(campaign.name)'")
    }

    public static func problems(explaining rejection: ClientAccountRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .queueNotOpened, .queueOfAnotherAccount, .queueClosed: [ColumnProblem(rejection, column: "queue")]
        case .campaignAlreadyRecorded, .noCampaignRecorded: [ColumnProblem(rejection, column: "name")]
        case .alreadySigned, .notSigned, .offboarded: [ColumnProblem(rejection, column: "account")]
        }
    }
}
