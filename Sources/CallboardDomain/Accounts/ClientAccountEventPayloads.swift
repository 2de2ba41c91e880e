/// An e-commerce seller signed a contract: the markets, brands, channels and languages the
/// BPO serves for them.
public struct AccountSigned: EventPayload {
    public static let eventType = "AccountSigned"
    public let accountID: AccountID
    public let name: String
    public let markets: [CountryCode]
    public let brands: [String]
    public let channels: [Channel]
    public let languages: [LanguageCode]
    public let signedOn: LocalDate
    public var naturalKey: String { accountID.rawValue }
}

/// A client's contract ended; no new queues may be opened for it.
public struct AccountOffboarded: EventPayload {
    public static let eventType = "AccountOffboarded"
    public let accountID: AccountID
    public let offboardedOn: LocalDate
    public let reason: String
    public var naturalKey: String { accountID.rawValue }
}
