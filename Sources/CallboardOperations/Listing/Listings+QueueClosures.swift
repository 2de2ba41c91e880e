import CallboardDomain

/// One standing closure of a queue, as `queue closures` lists it: the queue, its account,
/// the local day on the queue's market clock and the reason recorded.
public struct QueueClosureEntry: Sendable, Equatable {
    public let queueID: QueueID
    public let accountID: AccountID
    public let day: LocalDate
    public let reason: String
}

extension Listings {
    /// The queues' closures standing today (withdrawn ones left out), by queue and day: of one
    /// queue or one client account when given, from `from` to `to` inclusive when given.
    public func queueClosures(
        queue: QueueID? = nil, account: AccountID? = nil, from: LocalDate? = nil, to: LocalDate? = nil
    ) async throws -> [QueueClosureEntry] {
        try await queues(of: account).filter { queue == nil || $0.id == queue }.flatMap { state in
            state.closureDays.keys.sorted()
                .filter { day in (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
                .map { QueueClosureEntry(queueID: state.id, accountID: state.accountID, day: $0,
                                         reason: state.closureDays[$0] ?? "") }
        }
    }
}
