/// The public part of a client's API token: shown in `token list`, written at the front of
/// the bearer token so the server can find the token's record, and never secret on its own.
public struct ApiTokenID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
