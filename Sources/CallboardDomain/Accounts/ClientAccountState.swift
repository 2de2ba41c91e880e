/// What decisions need to know about a client account: what it buys (markets, channels,
/// languages) and whether the contract still runs. Queue decisions receive it as context.
public struct ClientAccountState: Sendable, Equatable {
    public let id: AccountID
    public let name: String
    public let markets: [CountryCode]
    public let brands: [String]
    public let channels: [Channel]
    public let languages: [LanguageCode]
    public internal(set) var isOffboarded: Bool

    init(_ signed: AccountSigned) {
        id = signed.accountID
        name = signed.name
        markets = signed.markets
        brands = signed.brands
        channels = signed.channels
        languages = signed.languages
        isOffboarded = false
    }
}
