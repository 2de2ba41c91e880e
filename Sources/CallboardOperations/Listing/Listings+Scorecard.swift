import CallboardDomain

extension Listings {
    /// A site's scorecard settings over time (empty when the site uses the defaults).
    public func scorecard(of site: SiteID) async throws -> SiteScorecardState {
        try await StreamLoader<SiteScorecard>(store: store).state(of: .scorecard(site)) ?? SiteScorecardState()
    }

    /// The award granted for a site's month, if the month is closed.
    public func award(of site: SiteID, for month: LocalMonth) async throws -> AwardGranted? {
        try await StreamLoader<MonthlyAward>(store: store).state(of: .award(site, month))?.granted
    }
}
