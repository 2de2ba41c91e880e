import CallboardDomain

/// `accounts.csv`: one row signs one client account.
public enum AccountsFormat: ImportFormat {
    public typealias Rules = ClientAccount

    public static let kind = ImportKind.accounts
    public static let columns = ColumnSet(
        required: ["account_id", "name", "markets", "brands", "channels", "languages", "signed_on"])

    static let fieldColumns = ["accountID": "account_id"]

    public static func commands(reading row: inout RowReader) -> [ClientAccountCommand]? {
        let markets = row.required("markets") { FieldSyntax.list($0).map { CountryCode($0) } }
        let brands = row.required("brands") { FieldSyntax.list($0) }
        let channels = row.required("channels") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.channel)
        }
        let languages = row.required("languages") { FieldSyntax.list($0).map { LanguageCode($0) } }
        let signedOn = row.required("signed_on", FieldSyntax.date)
        guard let markets, let brands, let channels, let languages, let signedOn, !row.hasProblems else { return nil }
        return [.sign(SignAccount(
            accountID: AccountID(row.text("account_id")), name: row.text("name"), markets: markets,
            brands: brands, channels: channels, languages: languages, signedOn: signedOn))]
    }

    public static func problems(explaining rejection: ClientAccountRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .alreadySigned, .notSigned, .offboarded, .queueNotOpened, .queueOfAnotherAccount, .queueClosed,
             .campaignAlreadyRecorded, .noCampaignRecorded:
            [ColumnProblem(rejection, column: "account_id")]
        }
    }
}
