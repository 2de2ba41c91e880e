/// A language buyers are served in, as a BCP-47-style tag: `en`, `tl`, `pt-BR`, `zh-Hans`.
///
/// Only the shape is checked (a 2-3 letter lowercase primary language, then optional
/// subtags of 2-8 letters or digits), not that the language exists.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var isWellFormed: Bool {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { subtag in
            (2...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

extension FieldChecks {
    mutating func requireLanguages(_ languages: [LanguageCode], _ field: String) {
        requireDistinctNonEmpty(languages, field)
        for language in languages where !language.isWellFormed {
            require(false, field, "'\(language)'", "must hold language codes such as en, tl, es or pt-BR")
        }
    }
}
