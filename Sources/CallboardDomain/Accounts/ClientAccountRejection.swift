/// Why a client account command was refused, in a sentence a site director understands.
public enum ClientAccountRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadySigned(AccountID)
    case notSigned(AccountID)
    case offboarded(AccountID)
    /// A campaign names a queue that was never opened.
    case queueNotOpened(QueueID)
    /// A campaign names a queue of another client account.
    case queueOfAnotherAccount(QueueID, account: AccountID)
    /// A campaign names a queue closed for good.
    case queueClosed(QueueID)
    /// A campaign of that name stands already, with other details.
    case campaignAlreadyRecorded(AccountID, name: String)
    /// A withdrawal names no standing campaign.
    case noCampaignRecorded(AccountID, name: String)

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
        case let .queueNotOpened(queue):
            "Queue \(queue) has not been opened."
        case let .queueOfAnotherAccount(queue, account):
            "Queue \(queue) is not a queue of client account \(account)."
        case let .queueClosed(queue):
            "Queue \(queue) is closed and accepts no more changes."
        case let .campaignAlreadyRecorded(account, name):
            "Client account \(account) already has a campaign named '\(name)' with other details; "
                + "withdraw it first to record it again."
        case let .noCampaignRecorded(account, name):
            "Client account \(account) has no standing campaign named '\(name)' to withdraw."
        }
    }
}
