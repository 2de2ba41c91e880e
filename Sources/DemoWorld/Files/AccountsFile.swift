/// The `accounts` import file: the six client accounts with their contracted markets,
/// brands, channels and languages.
enum AccountsFile {
    static func make() -> DemoFile {
        var writer = CSVWriter(header: ["account_id", "name", "markets", "brands", "channels", "languages",
                                        "signed_on"])
        for account in AccountProfile.all {
            writer.text(account.id)
            writer.text(account.name)
            writer.list(account.markets)
            writer.list(account.brands)
            writer.list(account.channels.map(\.rawValue))
            writer.list(account.languages)
            writer.date(account.signedOn)
            writer.endRow()
        }
        return DemoFile(kind: .accounts, fileName: "accounts.csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }
}
