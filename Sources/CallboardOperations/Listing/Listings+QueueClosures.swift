import CallboardDomain

/// One day recorded against a queue (a standing closure, as `queue closures` lists it, or a
/// day confirmed as real demand, as `queue confirmed-days` does): the queue, its account,
/// the local day on the queue's market clock and the reason recorded.
public struct QueueDayEntry: Sendable, Equatable {
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
    ) async throws -> [QueueDayEntry] {
        try await queues(of: account).filter { queue == nil || $0.id == queue }.flatMap { state in
            state.closureDays.keys.sorted()
                .filter { day in (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
                .map { QueueDayEntry(queueID: state.id, accountID: state.accountID, day: $0,
                                         reason: state.closureDays[$0] ?? "") }
        }
    }
}
