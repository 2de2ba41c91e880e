import Foundation

/// The rules of a client's API token: issued for one signed, active account with a hashed
/// secret and an expiry after its issue; revoked once, after which it opens nothing.
public enum ApiToken: Decider {
    public static func streamID(for command: ApiTokenCommand) -> StreamID { .apiToken(command.tokenID) }

    public static func evolve(_ state: ApiTokenState?, _ event: ApiTokenEvent) -> ApiTokenState {
        switch (event, state) {
        case let (.issued(issued), _):
            return ApiTokenState(id: issued.tokenID, accountID: issued.accountID, isRevoked: false)
        case (.revoked, var token?):
            token.isRevoked = true
            return token
        case (.revoked, nil):
            preconditionFailure("API token stream does not start with ApiTokenIssued")
        }
    }

    public static func decide(
        _ command: ApiTokenCommand, state: ApiTokenState?, context: ApiTokenContext
    ) throws(ApiTokenRejection) -> [ApiTokenEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        switch (command, state) {
        case (.issue, _?):
            throw .alreadyIssued(command.tokenID)
        case let (.issue(issue), nil):
            return [.issued(try issuing(issue, context))]
        case (.revoke, nil):
            throw .notIssued(command.tokenID)
        case let (.revoke(_, revokedAt, reason), token?):
            guard !token.isRevoked else { throw .alreadyRevoked(token.id) }
            return [.revoked(.init(tokenID: token.id, accountID: token.accountID, revokedAt: revokedAt, reason: reason))]
        }
    }

    private static func issuing(_ issue: IssueApiToken, _ context: ApiTokenContext) throws(ApiTokenRejection) -> ApiTokenIssued {
        var checks = FieldChecks()
        checks.requireIdentifier(issue.tokenID, "tokenID")
        checks.require(
            issue.secretSHA256.count == 64 && issue.secretSHA256.allSatisfy(\.isHexDigit), "secretSHA256",
            issue.secretSHA256, "must be a SHA-256 in 64 hex digits")
        if let expiresAt = issue.expiresAt {
            checks.require(expiresAt > issue.issuedAt, "expiresAt", "\(expiresAt)", "must be after the issue time")
            let longest = TimeInterval(InputLimits.tokenLifetimeDays.range.upperBound) * 86_400
            checks.require(expiresAt.timeIntervalSince(issue.issuedAt) <= longest, "expiresAt", EventJSON.format(expiresAt),
                           "must be at most \(InputLimits.tokenLifetimeDays.range.upperBound) days (5 years) after the issue time")
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        guard let account = context.account else { throw .unknownAccount(issue.accountID) }
        guard !account.isOffboarded else { throw .offboardedAccount(issue.accountID) }
        return ApiTokenIssued(
            tokenID: issue.tokenID, accountID: issue.accountID, secretSHA256: issue.secretSHA256.lowercased(),
            label: issue.label, issuedAt: issue.issuedAt, expiresAt: issue.expiresAt)
    }
}
