import CallboardDomain
import CallboardOperations
import CapacityPlanning

/// The queues a peak chart's scope holds that the chart cannot draw because no season
/// forecast was published for them: every open queue of the account (or of the network),
/// or, for a site, every open queue in a language the site serves.
///
/// Exists so the chart says "3 queues not shown: ... (not forecast)" instead of letting a
/// total over some queues pass for the whole account.
struct PeakChartScope: Sendable {
    let site: SiteID?
    let account: AccountID?

    /// The open queues in scope neither drawn nor published, with the reason, by id.
    func notForecast(drawn: Set<QueueID>, published: Set<QueueID>) async throws -> [PeakChart.LeftOut] {
        let (site, account) = (self.site, self.account)
        return try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            let listings = Listings(store: store)
            var languages: Set<LanguageCode>?
            if let site { languages = Set(try await listings.site(site).languages) }
            return try await listings.queues(of: account)
                .filter { queue in !queue.isClosed && (languages?.contains(queue.language) ?? true) }
                .filter { !drawn.contains($0.id) && !published.contains($0.id) }
                .map(\.id.rawValue).sorted()
                .map { PeakChart.LeftOut(queue: $0, reason: "not forecast") }
        }
    }
}
