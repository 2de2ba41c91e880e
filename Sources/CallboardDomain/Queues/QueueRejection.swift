import Foundation

/// Why a queue command was refused, in a sentence a site director understands.
public enum QueueRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadyOpened(QueueID)
    case notOpened(QueueID)
    case closed(QueueID)
    case accountNotSigned(AccountID)
    case accountOffboarded(AccountID)
    /// The queue's channel, language or market is not one the account's contract covers.
    case notInContract(AccountID, field: String, value: String, contracted: [String])
    case slaAlreadyScheduled(QueueID, effectiveFrom: Date, existing: ServiceLevelAgreement)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .alreadyOpened(queue):
            "Queue \(queue) is already open; choose another queue id."
        case let .notOpened(queue):
            "Queue \(queue) has not been opened."
        case let .closed(queue):
            "Queue \(queue) is closed and accepts no more changes."
        case let .accountNotSigned(account):
            "Client account \(account) has not been signed (field accountID)."
        case let .accountOffboarded(account):
            "Client account \(account) has been offboarded, so it gets no new queues (field accountID)."
        case let .notInContract(account, field, value, contracted):
            "The \(field) '\(value)' is not in client account \(account)'s contract, which covers "
                + "\(contracted.joined(separator: ", ")) (field \(field))."
        case let .slaAlreadyScheduled(queue, effectiveFrom, existing):
            "Queue \(queue) already has an SLA effective from \(EventJSON.format(effectiveFrom)): "
                + "\(existing) (field effectiveFrom)."
        }
    }
}
