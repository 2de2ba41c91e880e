/// The identity of something the business names and keeps track of (a site, an agent, a queue...).
///
/// Identifiers end up inside stream names such as `site-MNL`, so they are restricted to
/// letters, digits, `.`, `_` and `-` (at most 64 characters). Each kind gets its own small
/// type so an `AgentID` can never be passed where a `SiteID` is expected.
public protocol EntityIdentifier: RawRepresentable<String>, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    init(rawValue: String)
}

extension EntityIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the identifier is safe to use in a stream name.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.count <= 64
            && rawValue.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic
                || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)) }
    }
}

/// A contact-centre site, e.g. `MNL` for Manila.
public struct SiteID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An employee of the BPO, identified by the HR system's employee number.
public struct AgentID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A client account: an e-commerce seller under contract.
public struct AccountID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A queue: the unit of demand and staffing (account x channel x language x market).
public struct QueueID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One planned shift in an agent's schedule.
public struct ShiftID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
