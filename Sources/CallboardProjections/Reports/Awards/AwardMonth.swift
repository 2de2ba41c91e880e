import CallboardDomain
import Scorecards

/// What `report awards` answers: a site's agent-of-the-month standings for one local month,
/// every agent's facts and scorecard components, the settings used and where they came from,
/// and, for a closed month, the granted award with what later data would change.
public struct AwardMonth: Sendable {
    /// Where the scorecard settings of the standings came from.
    public enum ConfigurationSource: Sendable, Equatable {
        /// The site has configured nothing for the month: common practice.
        case standard
        /// The site's configuration in force for the month.
        case configured(ScorecardConfigured)
        /// The month is closed: the settings the award was granted with.
        case award
    }

    public let siteID: SiteID
    public let timeZone: TimeZoneID
    public let month: LocalMonth
    public let configurationSource: ConfigurationSource
    /// The agents' facts, bucketed by the site's local month, by agent id.
    public let facts: [AgentMonthFacts]
    /// The standings on the facts as they are now; for a closed month, with the award's settings.
    public let standings: AwardStandings
    /// The award, when the month is closed. It stands whatever later data says.
    public let award: AwardGranted?
    /// How the standings on today's facts differ from the granted ones (empty when the month
    /// is open or nothing arrived after the award).
    public let laterData: [AwardChange]

    /// Whether data arrived after the award that the granted standings did not see.
    public var hasLaterData: Bool { !laterData.isEmpty }
}
