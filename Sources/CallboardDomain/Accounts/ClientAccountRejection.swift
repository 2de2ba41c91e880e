/// Why a client account command was refused, in a sentence a site director understands.
public enum ClientAccountRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadySigned(AccountID)
    case notSigned(AccountID)
    case offboarded(AccountID)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .alreadySigned(account):
            "Client account \(account) is already signed; choose another account id."
        case let .notSigned(account):
            "Client account \(account) has not been signed."
        case let .offboarded(account):
            "Client account \(account) has been offboarded and accepts no more changes."
        }
    }
}
