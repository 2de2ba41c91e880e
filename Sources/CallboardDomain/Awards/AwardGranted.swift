import Foundation

/// A site's agent-of-the-month award for a local month was granted: a fact that later data
/// never rewrites. It keeps the eligible standings and a fingerprint of the scorecard inputs
/// at the time, so a recomputation with later data can be shown next to it as such.
public struct AwardGranted: EventPayload {
    public static let eventType = "AwardGranted"
    public let siteID: SiteID
    public let month: LocalMonth
    public let agentID: AgentID
    public let score: Double
    /// The eligible agents in rank order, the winner first.
    public let standings: [GrantedStanding]
    /// Identifies the exact inputs and configuration the standings were computed from.
    public let inputsFingerprint: String
    /// The scorecard settings the standings were computed with: later changes to the site's
    /// scorecard never change what this award was decided on.
    public let configuration: ScorecardConfiguration
    public let grantedAt: Date
    /// The local day of `grantedAt` on the site's clock.
    public let grantedOn: LocalDate
    public let grantedBy: String
    public var naturalKey: String { CallboardDomain.naturalKey(siteID, month) }
}
