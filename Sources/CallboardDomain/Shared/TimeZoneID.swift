import Foundation

/// An IANA timezone name such as `Asia/Manila` or `Europe/Sofia`: the clock a site plans
/// shifts on, or the clock a market's buyers live by.
public struct TimeZoneID: RawRepresentable, Hashable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The zone's rules, or nil when the name is not in the timezone database.
    public var timeZone: TimeZone? { TimeZone(identifier: rawValue) }
}

extension FieldChecks {
    mutating func requireKnownTimeZone(_ zone: TimeZoneID, _ field: String) {
        require(zone.timeZone != nil, field, "'\(zone)'",
                "must be a known IANA timezone such as Asia/Manila or Europe/Sofia")
    }
}
