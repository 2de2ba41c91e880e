import Foundation

/// An IANA timezone name such as `Asia/Manila` or `Europe/Sofia`: the clock a site plans
/// shifts on, or the clock a market's buyers live by.
///
/// A name is usable only when it is exactly a name of the timezone database: 1 to 64 ASCII
/// letters, digits, `/`, `_`, `-` or `+` (no spaces, no control characters, no `..`), that
/// the database resolves to itself (`UTC` is also accepted). Foundation resolves some other
/// strings to a zone (`Europe/Berlin` followed by a NUL byte reads as UTC, `GMT+5` as a fixed
/// offset), so the name is checked before it is ever looked up.
public struct TimeZoneID: RawRepresentable, Hashable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A zone name from outside (a file, a flag, a request), or why it is not one.
    public init(validating text: String) throws(TimeZoneNameProblem) {
        if let problem = Self.problem(with: text) { throw problem }
        self.rawValue = text
    }

    public var description: String { rawValue }

    /// The zone's rules, or nil when the name is not exactly a name of the timezone database.
    public var timeZone: TimeZone? {
        Self.problem(with: rawValue) == nil ? TimeZone(identifier: rawValue) : nil
    }

    /// The longest name accepted (the longest in the database has 32 characters).
    public static let maximumLength = 64

    /// Why `text` is not a usable zone name; nil when it is one.
    public static func problem(with text: String) -> TimeZoneNameProblem? {
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return .init(name: text, reason: .length) }
        let allowed = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                 UInt8(ascii: "+"): true
            default: false
            }
        }
        guard allowed, !text.hasPrefix("/"), !text.hasSuffix("/"), !text.contains("//") else {
            return .init(name: text, reason: .characters)
        }
        guard let zone = TimeZone(identifier: text), zone.identifier == text || text == "UTC" else {
            return .init(name: text, reason: .unknown)
        }
        return nil
    }
}

/// Why a zone name was refused: it is empty or too long, has characters no zone name has
/// (spaces, control characters, punctuation), or is not in the timezone database.
public struct TimeZoneNameProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable { case length, characters, unknown }

    public let name: String
    public let reason: Reason

    /// `text` as a message may quote it: control characters escaped (`\0`, `\u{1B}`), at most
    /// 80 characters.
    public static func visible(_ text: String) -> String {
        let escaped = String(text.debugDescription.dropFirst().dropLast())
        return escaped.count > 80 ? String(escaped.prefix(80)) + "..." : escaped
    }

    public var description: String {
        switch reason {
        case .length:
            "must be 1 to \(TimeZoneID.maximumLength) characters, an IANA timezone such as Asia/Manila or Europe/Sofia"
        case .characters:
            "must be an IANA timezone such as Asia/Manila or Europe/Sofia: letters, digits, '/', '_', '-' or '+' only"
        case .unknown:
            "must be a known IANA timezone such as Asia/Manila or Europe/Sofia"
        }
    }
}

extension FieldChecks {
    mutating func requireKnownTimeZone(_ zone: TimeZoneID, _ field: String) {
        require(zone.timeZone != nil, field, "'\(TimeZoneNameProblem.visible(zone.rawValue))'",
                TimeZoneID.problem(with: zone.rawValue)?.description
                    ?? "must be a known IANA timezone such as Asia/Manila or Europe/Sofia")
    }
}
