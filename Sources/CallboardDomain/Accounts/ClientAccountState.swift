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
    /// The standing (not withdrawn) campaigns, by name.
    public internal(set) var campaigns: [String: AccountCampaign]
    /// How many times each campaign name was recorded, withdrawn ones included.
    var campaignRecordings: [String: Int]

    init(_ signed: AccountSigned) {
        id = signed.accountID
        name = signed.name
        markets = signed.markets
        brands = signed.brands
        channels = signed.channels
        languages = signed.languages
        isOffboarded = false
        campaigns = [:]
        campaignRecordings = [:]
    }
}
