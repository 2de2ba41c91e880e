import Foundation

/// What can be asked of a client's API token.
public enum ApiTokenCommand: Sendable, Equatable {
    case issue(IssueApiToken)
    case revoke(token: ApiTokenID, revokedAt: Date, reason: String)

    public var tokenID: ApiTokenID {
        switch self {
        case let .issue(issue): issue.tokenID
        case let .revoke(token, _, _): token
        }
    }
}

/// Issue a token that reads one client account's exports. Only the SHA-256 of the token's
/// secret is recorded: the secret itself is shown once to whoever issued it.
public struct IssueApiToken: Sendable, Equatable {
    public let tokenID: ApiTokenID
    public let accountID: AccountID
    /// Lowercase hex SHA-256 of the secret.
    public let secretSHA256: String
    public let label: String
    public let issuedAt: Date
    /// Nil: the token never expires (it can still be revoked).
    public let expiresAt: Date?

    public init(
        tokenID: ApiTokenID, accountID: AccountID, secretSHA256: String, label: String, issuedAt: Date, expiresAt: Date?
    ) {
        self.tokenID = tokenID
        self.accountID = accountID
        self.secretSHA256 = secretSHA256
        self.label = label
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }
}

/// What issuing needs to know from outside the token's stream: the account it reads.
public struct ApiTokenContext: Sendable {
    public var account: ClientAccountState?

    public init(account: ClientAccountState? = nil) { self.account = account }
}
