import CallboardDomain

extension SLAMonth: StreamCategory { static let category = "slamonth" }
extension SLAMonthRejection: DomainRejection {}

extension CommandRunner {
    /// Closing a service-level month needs the account, on whose market clock the month must be over.
    public func run(_ command: CloseSLAMonth, source: String = "cli") async throws -> [SLAMonthEvent] {
        try await run(SLAMonth.self, command, source: source) { [store] in
            let listings = Listings(store: store)
            let account = try await StreamLoader<ClientAccount>(store: store).state(of: .account(command.accountID))
            return SLAMonthContext(
                account: account, marketTimeZone: account == nil ? nil : try await listings.marketTimeZone(of: command.accountID))
        }
    }
}
