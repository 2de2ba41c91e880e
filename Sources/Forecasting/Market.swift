/// The country a queue's buyers live in, as an ISO 3166-1 alpha-2 code (`US`, `GB`, `DE`).
///
/// Exists because which peak events move a queue's volume depends on where its buyers are:
/// Boxing Day is a sales day in Great Britain, Singles' Day mostly in Asia, Black Friday
/// almost everywhere. The forecaster only compares codes; it does not validate them.
public struct Market: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    public init(_ code: String) { self.init(rawValue: code) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }
    public static func < (lhs: Market, rhs: Market) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let unitedStates: Market = "US"
    public static let greatBritain: Market = "GB"
    public static let germany: Market = "DE"
    public static let france: Market = "FR"
    public static let belgium: Market = "BE"
    public static let netherlands: Market = "NL"
    public static let mexico: Market = "MX"
    public static let brazil: Market = "BR"
}
