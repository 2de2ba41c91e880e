/// Why an API token command was refused, in a sentence an operator understands.
public enum ApiTokenRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case unknownAccount(AccountID)
    case offboardedAccount(AccountID)
    case alreadyIssued(ApiTokenID)
    case notIssued(ApiTokenID)
    case alreadyRevoked(ApiTokenID)

    public var description: String {
        switch self {
        case let .invalidFields(problems): problems.map(\.description).joined(separator: " ")
        case let .unknownAccount(account): "Client account \(account) has not been signed."
        case let .offboardedAccount(account): "Client account \(account) has been offboarded; it gets no new tokens."
        case let .alreadyIssued(token): "Token \(token) has already been issued."
        case let .notIssued(token): "No token \(token) has been issued."
        case let .alreadyRevoked(token): "Token \(token) is already revoked."
        }
    }
}
