/// What decisions need to know about an issued token: whose it is and whether it still works.
public struct ApiTokenState: Sendable, Equatable {
    public let id: ApiTokenID
    public let accountID: AccountID
    public internal(set) var isRevoked: Bool
}
