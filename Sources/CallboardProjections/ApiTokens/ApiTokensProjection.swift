import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// Clients' API tokens: whose account each reads, the hash of its secret, its expiry and
/// revocation. The HTTP export API looks tokens up here by their public id.
public struct ApiTokensProjection: Projection {
    public let name = "api_tokens"
    public let eventTypes: Set<String>? = Set(ApiTokenEvent.payloadTypes.eventTypes)

    public init() {}

    public func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(["""
            CREATE TABLE \(schema).tokens (
                token_id      text PRIMARY KEY,
                account_id    text NOT NULL,
                secret_sha256 text NOT NULL,
                label         text NOT NULL,
                issued_at     timestamptz NOT NULL,
                expires_at    timestamptz,
                revoked_at    timestamptz
            )
            """], logger: logger)
    }

    public func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        // Tokens are few and rare: one statement per event keeps the order obvious.
        for event in relevant(events) {
            switch try event.domainEvent(as: ApiTokenEvent.self) {
            case let .issued(issued):
                try await connection.query("""
                    INSERT INTO \(unescaped: schema).tokens (token_id, account_id, secret_sha256, label, issued_at, expires_at)
                    VALUES (\(issued.tokenID.rawValue), \(issued.accountID.rawValue), \(issued.secretSHA256),
                            \(issued.label), \(issued.issuedAt), \(issued.expiresAt))
                    """, logger: logger)
            case let .revoked(revoked):
                try await connection.query("""
                    UPDATE \(unescaped: schema).tokens SET revoked_at = \(revoked.revokedAt)
                     WHERE token_id = \(revoked.tokenID.rawValue)
                    """, logger: logger)
            }
        }
    }
}
