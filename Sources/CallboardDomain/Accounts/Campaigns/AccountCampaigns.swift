/// The rules for a client account's campaigns: a name names one campaign per account;
/// recording the same campaign again changes nothing, the same name with other details is
/// refused (withdraw it first); only a standing campaign can be withdrawn. A queue-specific
/// campaign names an open queue of the account. Days and texts are checked by
/// `CommandValues` before these rules run.
enum AccountCampaigns {
    static func record(
        _ request: RecordCampaign, on account: ClientAccountState, context: ClientAccountContext
    ) throws(ClientAccountRejection) -> [ClientAccountEvent] {
        var checks = FieldChecks()
        checks.requireText(request.name, "name")
        checks.require(request.lastDay >= request.firstDay, "lastDay", "\(request.lastDay)",
                       "must not be before firstDay \(request.firstDay)")
        let days = request.lastDay.daysSinceEpoch - request.firstDay.daysSinceEpoch + 1
        checks.require(days <= CampaignLimits.maximumDays, "lastDay", "\(request.lastDay)",
                       "must be at most \(CampaignLimits.maximumDays) days after firstDay, counting both")
        if let uplift = request.expectedUplift {
            let range = CampaignLimits.expectedUplift
            checks.require(range.contains(uplift), "expectedUplift", "\(uplift)",
                           "must be a factor from \(range.lowerBound) to \(range.upperBound.formatted()) (1.3 = 30% more contacts)")
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if let queueID = request.queueID {
            guard let queue = context.queue, queue.id == queueID else { throw .queueNotOpened(queueID) }
            guard queue.accountID == account.id else { throw .queueOfAnotherAccount(queueID, account: account.id) }
            guard !queue.isClosed else { throw .queueClosed(queueID) }
        }
        if let existing = account.campaigns[request.name] {
            guard existing.matches(request) else { throw .campaignAlreadyRecorded(account.id, name: request.name) }
            return []
        }
        return [.campaignRecorded(.init(
            accountID: account.id, queueID: request.queueID, name: request.name, kind: request.kind,
            firstDay: request.firstDay, lastDay: request.lastDay, expectedUplift: request.expectedUplift,
            recording: (account.campaignRecordings[request.name] ?? 0) + 1))]
    }

    static func withdraw(
        _ name: String, reason: String, on account: ClientAccountState
    ) throws(ClientAccountRejection) -> [ClientAccountEvent] {
        guard let existing = account.campaigns[name] else { throw .noCampaignRecorded(account.id, name: name) }
        return [.campaignWithdrawn(.init(accountID: account.id, name: name, reason: reason, recording: existing.recording))]
    }
}

private extension Double {
    /// `10` rather than `10.0`.
    func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}
