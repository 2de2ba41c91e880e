import Foundation

/// Why closing a service-level month was refused, in a sentence an account manager understands.
public enum SLAMonthRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case accountNotSigned(AccountID)
    /// The month has not ended on the account's market clock; it can be closed from `closesOn`.
    case monthNotOver(AccountID, LocalMonth, closesOn: LocalDate)
    case alreadyClosed(AccountID, LocalMonth, at: Date, by: String)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .accountNotSigned(account):
            "Client account \(account) has not been signed (field accountID)."
        case let .monthNotOver(account, month, closesOn):
            "The month \(month) is not over for account \(account); it can be closed from \(closesOn), market time."
        case let .alreadyClosed(account, month, at, by):
            "The service-level month \(month) of account \(account) was already closed at "
                + "\(at.formatted(Date.ISO8601FormatStyle())) by \(by); a closed month is never rewritten, and later "
                + "corrections are shown beside the closed figures."
        }
    }
}
