import Foundation

/// Everything that can happen to a site's scorecard settings (stream `scorecard-<siteId>`).
public enum SiteScorecardEvent: DomainEvent {
    case configured(ScorecardConfigured)

    public var payload: any EventPayload {
        switch self {
        case let .configured(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<SiteScorecardEvent>(streamKind: "site scorecard", [
        .init(ScorecardConfigured.self, SiteScorecardEvent.configured)
    ])
}

/// A site's scorecard weights, targets, credibility constants and eligibility minimums were
/// set, to apply from the local month `effectiveFrom` on until a later month is configured.
public struct ScorecardConfigured: EventPayload {
    public static let eventType = "ScorecardConfigured"
    public let siteID: SiteID
    public let effectiveFrom: LocalMonth
    public let configuration: ScorecardConfiguration
    public let configuredAt: Date
    public let configuredBy: String
    public var naturalKey: String {
        CallboardDomain.naturalKey(siteID, effectiveFrom, EventJSON.format(configuredAt))
    }
}
