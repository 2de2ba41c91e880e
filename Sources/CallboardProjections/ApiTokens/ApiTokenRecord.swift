import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO

/// One client API token as the read model keeps it.
public struct ApiTokenRecord: Sendable, Equatable {
    public let tokenID: ApiTokenID
    public let accountID: AccountID
    public let secretSHA256: String
    public let label: String
    public let issuedAt: Date
    public let expiresAt: Date?
    public let revokedAt: Date?

    /// Whether the token opens anything at `instant`: issued, not expired, not revoked.
    public func isValid(at instant: Date) -> Bool {
        (revokedAt.map { $0 > instant } ?? true) && (expiresAt.map { $0 > instant } ?? true)
    }

    /// The token `id`, or nil when none was issued.
    public static func find(_ id: ApiTokenID, client: PostgresClient, logger: Logger) async throws -> ApiTokenRecord? {
        // Every request with a token may look it up: never past the statement deadline.
        try await DatabaseDeadline.run("looking up an API token", within: DatabaseDeadlines.fromEnvironment.statement, logger: logger) {
            try await read("WHERE token_id = $1", [id.rawValue], client: client, logger: logger).first
        }
    }

    /// Every token, or those of one account, by account and issue time.
    public static func list(account: AccountID?, client: PostgresClient, logger: Logger) async throws -> [ApiTokenRecord] {
        guard let account else { return try await read("", [], client: client, logger: logger) }
        return try await read("WHERE account_id = $1", [account.rawValue], client: client, logger: logger)
    }

    private static func read(_ filter: String, _ values: [String], client: PostgresClient, logger: Logger) async throws -> [ApiTokenRecord] {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        let schema = ReadModelSchemas.live.schema(of: ApiTokensProjection())
        let rows = try await client.query(PostgresQuery(unsafeSQL: """
            SELECT token_id, account_id, secret_sha256, label, issued_at, expires_at, revoked_at
              FROM \(schema).tokens \(filter) ORDER BY account_id, issued_at, token_id
            """, binds: bindings), logger: logger)
        var records: [ApiTokenRecord] = []
        for try await (id, account, hash, label, issued, expires, revoked) in rows.decode(
            (String, String, String, String, Date, Date?, Date?).self
        ) {
            records.append(ApiTokenRecord(
                tokenID: ApiTokenID(id), accountID: AccountID(account), secretSHA256: hash, label: label,
                issuedAt: issued, expiresAt: expires, revokedAt: revoked))
        }
        return records
    }
}
