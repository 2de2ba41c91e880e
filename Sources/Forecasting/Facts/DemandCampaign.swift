/// A client's product launch or promotion: days on which demand is expected to differ
/// from the queue's normal pattern for a reason the retail calendar does not know.
///
/// Exists so the forecaster can keep a campaign's days out of the normal pattern and, when
/// a forecast horizon touches a campaign, apply its uplift (the one the client expects, or
/// the one learned from the queue's past campaigns of the same kind).
public struct DemandCampaign: Sendable, Hashable, Codable {
    /// What kind of campaign: its effects are learned per kind.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case launch
        case promotion
    }

    public let name: String
    public let kind: Kind
    /// First and last market-local day of the campaign (inclusive).
    public let days: ClosedRange<LocalDate>
    /// The uplift the client expects (1.3 = 30% more contacts), if stated.
    public let expectedUplift: Double?

    public init(name: String, kind: Kind, days: ClosedRange<LocalDate>, expectedUplift: Double? = nil) {
        self.name = name
        self.kind = kind
        self.days = days
        self.expectedUplift = expectedUplift
    }
}
