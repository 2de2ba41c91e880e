import CallboardDomain
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import Projections

/// One report's use of the database, from its id check to its answer: one event store (its
/// pool hands every call the same connection in turn, so a report connects once and warms
/// the server's caches once), with the read models caught up once when it opens
/// (``ReportOptions/withSession(_:)``); the ids are then checked against those read models
/// and the query answered from them.
struct ReportSession: Sendable {
    let store: EventLog
    let reader: ReportReader
    let engine: ProjectionEngine
    let options: ReportOptions
    /// What a replica must reflect to answer (read-your-writes), fixed when the session opened.
    let minimum: MinimumPosition?

    /// Checks `scope`'s ids (an unknown one throws `UnknownID`, exit 65, with the likely meant
    /// id); returns the clock of `clockOfSite` or `clockOfAccount` when asked for.
    func check(_ scope: ReportScope, clockOfSite: SiteID? = nil, clockOfAccount: AccountID? = nil) async throws -> TimeZoneID? {
        let started = ContinuousClock.now
        let found = try await reader.check(NamedIDs(sites: scope.sites, accounts: scope.accounts, queues: scope.queues, agents: scope.agents))
        if options.timing { ReportOptions.note("check: \(ReportOptions.milliseconds(since: started))") }
        // The read models reflect the readable log: events committed behind a transaction still
        // running elsewhere (an import just done on a busy server) are not in them yet. An id
        // is refused only when the log itself does not have it either.
        if found.unknown != nil { return try await checkInTheLog(scope, clockOfSite: clockOfSite, clockOfAccount: clockOfAccount) }
        if let clockOfAccount { return found.marketClocks[clockOfAccount] }
        return clockOfSite.flatMap { found.siteClocks[$0] }
    }

    /// The same check on the streams of the log (`Listings`): slower, and only for an id the
    /// read models do not know; throws `UnknownID` for one the log does not know either.
    private func checkInTheLog(_ scope: ReportScope, clockOfSite: SiteID?, clockOfAccount: AccountID?) async throws -> TimeZoneID? {
        let listings = Listings(store: store)
        var clock: TimeZoneID?
        for site in scope.sites {
            let state = try await listings.site(site)
            if site == clockOfSite { clock = state.timeZoneID }
        }
        for account in scope.accounts { _ = try await listings.account(account) }
        for queue in scope.queues { _ = try await listings.queue(queue) }
        for agent in scope.agents { _ = try await listings.agent(agent) }
        if let clockOfAccount { clock = try await listings.marketTimeZone(of: clockOfAccount) }
        return clock
    }

    /// The report's answer, live or as known at `--as-of` (a date alone ends on `clock`).
    func answer<Query: ReportQuery>(_ query: Query, clock: TimeZoneID?) async throws -> ReportResult<Query.Output> {
        await QuarantineWarning.note(engine, readModels: query.readModels.map(\.name))
        let started = ContinuousClock.now
        let result = try await ReportReader.$minimumPosition.withValue(minimum) {
            try await reader.read(query, asOf: options.asOf(on: clock))
        }
        if options.timing { ReportOptions.note("query: \(ReportOptions.milliseconds(since: started))") }
        return result
    }
}
