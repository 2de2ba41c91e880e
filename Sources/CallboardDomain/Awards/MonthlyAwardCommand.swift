import Foundation

/// What a site director asks to happen to a month's award: close the month by granting it.
public enum MonthlyAwardCommand: Sendable, Equatable {
    /// Grant the award; the context must carry the site, on whose clock the month must be over.
    case grant(GrantAward)

    public var siteID: SiteID {
        switch self {
        case let .grant(grant): grant.siteID
        }
    }

    public var month: LocalMonth {
        switch self {
        case let .grant(grant): grant.month
        }
    }
}

/// The request to grant a site's award for a local month to the top of the standings.
public struct GrantAward: Sendable, Equatable {
    public var siteID: SiteID
    public var month: LocalMonth
    public var agentID: AgentID
    public var score: Double
    public var standings: [GrantedStanding]
    public var inputsFingerprint: String
    public var configuration: ScorecardConfiguration
    public var grantedAt: Date
    public var grantedBy: String

    public init(siteID: SiteID, month: LocalMonth, agentID: AgentID, score: Double, standings: [GrantedStanding],
                inputsFingerprint: String, configuration: ScorecardConfiguration, grantedAt: Date, grantedBy: String) {
        self.siteID = siteID
        self.month = month
        self.agentID = agentID
        self.score = score
        self.standings = standings
        self.inputsFingerprint = inputsFingerprint
        self.configuration = configuration
        self.grantedAt = grantedAt
        self.grantedBy = grantedBy
    }
}

/// What an award decision needs from other streams: the site (nil when never opened).
public struct MonthlyAwardContext: Sendable {
    public var site: SiteState?

    public init(site: SiteState? = nil) { self.site = site }
}
