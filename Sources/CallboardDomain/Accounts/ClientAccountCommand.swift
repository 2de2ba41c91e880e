/// What account management asks to happen to a client account.
public enum ClientAccountCommand: Sendable, Equatable {
    case sign(SignAccount)
    case offboard(account: AccountID, offboardedOn: LocalDate, reason: String)
    /// Record a client's launch or promotion, for the account or one of its queues; the
    /// context must carry the queue's state when one is named.
    case recordCampaign(RecordCampaign)
    /// Withdraw the standing campaign of that name; it stays in the log, withdrawn.
    case withdrawCampaign(account: AccountID, name: String, reason: String)

    public var accountID: AccountID {
        switch self {
        case let .sign(sign): sign.accountID
        case let .offboard(account, _, _): account
        case let .recordCampaign(campaign): campaign.accountID
        case let .withdrawCampaign(account, _, _): account
        }
    }
}

/// What an account decision needs from other streams: the state of the queue a campaign
/// names (nil when none is named or it was never opened).
public struct ClientAccountContext: Sendable {
    public var queue: QueueState?

    public init(queue: QueueState? = nil) { self.queue = queue }
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
