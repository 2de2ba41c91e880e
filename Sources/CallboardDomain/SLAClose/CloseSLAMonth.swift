import Foundation

/// The request to close an account's service-level month with the figures reported for it.
/// The context must carry the account, on whose market clock the month must be over.
public struct CloseSLAMonth: Sendable, Equatable {
    public var accountID: AccountID
    public var month: LocalMonth
    public var figuresFingerprint: String
    public var position: String
    public var knownAt: Date
    public var closedAt: Date
    public var closedBy: String

    public init(accountID: AccountID, month: LocalMonth, figuresFingerprint: String, position: String, knownAt: Date,
                closedAt: Date, closedBy: String) {
        self.accountID = accountID
        self.month = month
        self.figuresFingerprint = figuresFingerprint
        self.position = position
        self.knownAt = knownAt
        self.closedAt = closedAt
        self.closedBy = closedBy
    }
}

/// What closing a service-level month needs from other streams: the account (nil when never
/// signed) and the market timezone its month is read on.
public struct SLAMonthContext: Sendable {
    public var account: ClientAccountState?
    public var marketTimeZone: TimeZoneID?

    public init(account: ClientAccountState? = nil, marketTimeZone: TimeZoneID? = nil) {
        self.account = account
        self.marketTimeZone = marketTimeZone
    }
}

/// A closed month: the only thing a closing decision needs, since a month is closed once.
public struct SLAMonthState: Sendable, Equatable {
    public let closed: SLAMonthClosed
}
