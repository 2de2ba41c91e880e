/// What account management asks to happen to a client account.
public enum ClientAccountCommand: Sendable, Equatable {
    case sign(SignAccount)
    case offboard(account: AccountID, offboardedOn: LocalDate, reason: String)

    public var accountID: AccountID {
        switch self {
        case let .sign(sign): sign.accountID
        case let .offboard(account, _, _): account
        }
    }
}

/// The request to sign a new client account.
public struct SignAccount: Sendable, Equatable {
    public var accountID: AccountID
    public var name: String
    public var markets: [CountryCode]
    public var brands: [String]
    public var channels: [Channel]
    public var languages: [LanguageCode]
    public var signedOn: LocalDate

    public init(accountID: AccountID, name: String, markets: [CountryCode], brands: [String],
                channels: [Channel], languages: [LanguageCode], signedOn: LocalDate) {
        self.accountID = accountID
        self.name = name
        self.markets = markets
        self.brands = brands
        self.channels = channels
        self.languages = languages
        self.signedOn = signedOn
    }
}
