import CallboardDomain
import EventStore
import Foundation

/// Issues and revokes clients' API tokens through the `ApiToken` rules: the one place a
/// token's secret exists before it is handed to the operator.
public struct TokenIssuer: Sendable {
    let runner: CommandRunner

    public init(store: EventLog, actor: String) {
        runner = CommandRunner(store: store, actor: actor)
    }

    /// Records a new token for `account` and returns it, secret included; only its hash is stored.
    public func issue(account: AccountID, label: String, expiresAt: Date?, now: Date = Date()) async throws -> BearerToken {
        let token = BearerToken.generate()
        _ = try await runner.run(ApiTokenCommand.issue(IssueApiToken(
            tokenID: token.id, accountID: account, secretSHA256: token.secretSHA256, label: label,
            issuedAt: now, expiresAt: expiresAt)), source: "cli:token issue")
        return token
    }

    public func revoke(_ token: ApiTokenID, reason: String, now: Date = Date()) async throws {
        _ = try await runner.run(ApiTokenCommand.revoke(token: token, revokedAt: now, reason: reason), source: "cli:token revoke")
    }
}
