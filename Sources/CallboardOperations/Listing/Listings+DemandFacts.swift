import CallboardDomain

/// One standing campaign of a client account, as `account campaigns` lists it.
public struct CampaignEntry: Sendable, Equatable {
    public let accountID: AccountID
    public let campaign: AccountCampaign
}

extension Listings {
    /// The standing campaigns (withdrawn ones left out), of one client account when given, by
    /// account, first day and name.
    public func campaigns(of account: AccountID? = nil) async throws -> [CampaignEntry] {
        try await accounts().filter { account == nil || $0.id == account }.flatMap { state in
            state.campaigns.values
                .sorted { ($0.firstDay, $0.name) < ($1.firstDay, $1.name) }
                .map { CampaignEntry(accountID: state.id, campaign: $0) }
        }
    }

    /// The days confirmed as real demand standing today, by queue and day: of one queue or
    /// one client account when given, from `from` to `to` inclusive when given.
    public func confirmedDays(
        queue: QueueID? = nil, account: AccountID? = nil, from: LocalDate? = nil, to: LocalDate? = nil
    ) async throws -> [QueueDayEntry] {
        try await queues(of: account).filter { queue == nil || $0.id == queue }.flatMap { state in
            state.confirmedDays.keys.sorted()
                .filter { day in (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
                .map { QueueDayEntry(queueID: state.id, accountID: state.accountID, day: $0,
                                         reason: state.confirmedDays[$0] ?? "") }
        }
    }
}
