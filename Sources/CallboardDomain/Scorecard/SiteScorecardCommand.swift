import Foundation

/// A site director's request to score the site's agents with `configuration` from the month
/// `effectiveFrom` on (the current month on the site's clock, or a later one).
public struct ConfigureScorecard: Sendable, Equatable {
    public var siteID: SiteID
    public var effectiveFrom: LocalMonth
    public var configuration: ScorecardConfiguration
    public var configuredAt: Date
    public var configuredBy: String

    public init(siteID: SiteID, effectiveFrom: LocalMonth, configuration: ScorecardConfiguration,
                configuredAt: Date, configuredBy: String) {
        self.siteID = siteID
        self.effectiveFrom = effectiveFrom
        self.configuration = configuration
        self.configuredAt = configuredAt
        self.configuredBy = configuredBy
    }
}

/// What a scorecard decision needs from other streams: the site (nil when never opened),
/// whose clock says which month is current.
public struct SiteScorecardContext: Sendable {
    public var site: SiteState?

    public init(site: SiteState? = nil) { self.site = site }
}
