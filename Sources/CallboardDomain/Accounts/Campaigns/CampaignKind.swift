/// What kind of client campaign moves demand: a product launch (a new product brings
/// questions) or a promotion (a sale brings orders and returns). Forecasts learn the effect
/// of each kind separately.
public enum CampaignKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case launch
    case promotion

    public var description: String { rawValue }
}
