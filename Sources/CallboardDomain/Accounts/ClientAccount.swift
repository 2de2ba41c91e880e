/// The business rules of a client contract: signing with a valid scope, offboarding, and
/// the client's launches and promotions (``AccountCampaigns``). An offboarded account
/// accepts no more changes and gets no new queues (see `Queue`).
public enum ClientAccount: Decider {
    public static func streamID(for command: ClientAccountCommand) -> StreamID { .account(command.accountID) }

    public static func evolve(_ state: ClientAccountState?, _ event: ClientAccountEvent) -> ClientAccountState {
        switch (event, state) {
        case let (.signed(signed), _):
            return ClientAccountState(signed)
        case (.offboarded, var account?):
            account.isOffboarded = true
            return account
        case (.campaignRecorded(let recorded), var account?):
            account.campaigns[recorded.name] = AccountCampaign(recorded)
            account.campaignRecordings[recorded.name] = recorded.recording
            return account
        case (.campaignWithdrawn(let withdrawal), var account?):
            account.campaigns[withdrawal.name] = nil
            return account
        case (.offboarded, nil), (.campaignRecorded, nil), (.campaignWithdrawn, nil):
            preconditionFailure("account stream does not start with AccountSigned")
        }
    }

    public static func decide(
        _ command: ClientAccountCommand, state: ClientAccountState?, context: ClientAccountContext = ClientAccountContext()
    ) throws(ClientAccountRejection) -> [ClientAccountEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        switch (command, state) {
        case (.sign, _?):
            throw .alreadySigned(command.accountID)
        case let (.sign(sign), nil):
            return try signing(sign)
        case (.offboard, nil), (.recordCampaign, nil), (.withdrawCampaign, nil):
            throw .notSigned(command.accountID)
        case let (.offboard(_, offboardedOn, reason), account?):
            guard !account.isOffboarded else { throw .offboarded(account.id) }
            return [.offboarded(.init(accountID: account.id, offboardedOn: offboardedOn, reason: reason))]
        case let (.recordCampaign(request), account?):
            guard !account.isOffboarded else { throw .offboarded(account.id) }
            return try AccountCampaigns.record(request, on: account, context: context)
        case let (.withdrawCampaign(_, name, reason), account?):
            guard !account.isOffboarded else { throw .offboarded(account.id) }
            return try AccountCampaigns.withdraw(name, reason: reason, on: account)
        }
    }

    private static func signing(_ sign: SignAccount) throws(ClientAccountRejection) -> [ClientAccountEvent] {
        var checks = FieldChecks()
        checks.requireIdentifier(sign.accountID, "accountID")
        checks.requireText(sign.name, "name")
        checks.requireDistinctNonEmpty(sign.markets, "markets")
        for market in sign.markets { checks.requireCountry(market, "markets") }
        checks.requireDistinctNonEmpty(sign.brands, "brands")
        for brand in sign.brands { checks.requireText(brand, "brands") }
        checks.requireDistinctNonEmpty(sign.channels, "channels")
        checks.requireLanguages(sign.languages, "languages")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.signed(.init(
            accountID: sign.accountID, name: sign.name, markets: sign.markets.sorted(),
            brands: sign.brands.sorted(), channels: sign.channels.sorted(),
            languages: sign.languages.sorted(), signedOn: sign.signedOn))]
    }
}
