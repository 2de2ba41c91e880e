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
    /// The day is recorded closed already, for another reason.
    case closureAlreadyRecorded(QueueID, day: LocalDate, reason: String)
    /// A withdrawal names a day with no recorded (or a withdrawn) closure.
    case noClosureRecorded(QueueID, day: LocalDate)
    /// The day is confirmed real already, for another reason.
    case dayAlreadyConfirmed(QueueID, day: LocalDate, reason: String)
    /// A day recorded closed cannot be confirmed as real demand.
    case dayRecordedClosed(QueueID, day: LocalDate)
    /// A withdrawal names a day with no standing confirmation.
    case noDayConfirmed(QueueID, day: LocalDate)

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
        case let .closureAlreadyRecorded(queue, day, reason):
            "Queue \(queue) is already recorded closed on \(day)"
                + (reason.isEmpty ? "" : " ('\(reason)')")
                + "; withdraw that closure first to record another reason."
        case let .noClosureRecorded(queue, day):
            "Queue \(queue) has no closure recorded on \(day) to withdraw."
        case let .dayAlreadyConfirmed(queue, day, reason):
            "Queue \(queue)'s \(day) is already confirmed as real demand"
                + (reason.isEmpty ? "" : " ('\(reason)')")
                + "; withdraw that confirmation first to give another reason."
        case let .dayRecordedClosed(queue, day):
            "Queue \(queue) is recorded closed on \(day); a closed day cannot be confirmed as real demand "
                + "(withdraw the closure first)."
        case let .noDayConfirmed(queue, day):
            "Queue \(queue) has no confirmation of \(day) as real demand to withdraw."
        }
    }
}
