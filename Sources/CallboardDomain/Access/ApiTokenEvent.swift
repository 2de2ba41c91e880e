import Foundation

/// Everything that can happen to a client's API token (stream `apitoken-<id>`).
public enum ApiTokenEvent: DomainEvent {
    case issued(ApiTokenIssued)
    case revoked(ApiTokenRevoked)

    public var payload: any EventPayload {
        switch self {
        case let .issued(payload): payload
        case let .revoked(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<ApiTokenEvent>(streamKind: "API token", [
        .init(ApiTokenIssued.self, ApiTokenEvent.issued),
        .init(ApiTokenRevoked.self, ApiTokenEvent.revoked),
    ])
}

/// A token was issued to read one client account's exports; the log keeps the hash of its
/// secret, never the secret.
public struct ApiTokenIssued: EventPayload {
    public static let eventType = "ApiTokenIssued"
    public let tokenID: ApiTokenID
    public let accountID: AccountID
    public let secretSHA256: String
    public let label: String
    public let issuedAt: Date
    public let expiresAt: Date?
    public var naturalKey: String { tokenID.rawValue }
}

/// A token stopped opening anything, from `revokedAt` on.
public struct ApiTokenRevoked: EventPayload {
    public static let eventType = "ApiTokenRevoked"
    public let tokenID: ApiTokenID
    public let accountID: AccountID
    public let revokedAt: Date
    public let reason: String
    public var naturalKey: String { tokenID.rawValue }
}
