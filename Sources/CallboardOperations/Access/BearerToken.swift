import CallboardDomain
import Crypto
import Foundation

/// A client's bearer token as it travels: `cbt_<id>_<secret>`. The id (12 lowercase
/// letters and digits) finds the token's record; the secret (64 hex digits, 256 random
/// bits) proves possession. Only the secret's SHA-256 is ever stored.
public struct BearerToken: Sendable, Equatable, CustomStringConvertible {
    public let id: ApiTokenID
    public let secret: String

    static let prefix = "cbt_"

    /// A fresh token from the system's secure random source.
    public static func generate() -> BearerToken {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let id = String((0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        let secret = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        return BearerToken(id: ApiTokenID(id), secret: secret)
    }

    /// Parses the travelling form; nil for anything else.
    public init?(parsing text: some StringProtocol) {
        guard text.hasPrefix(Self.prefix) else { return nil }
        let parts = text.dropFirst(Self.prefix.count).split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 12, parts[0].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
              parts[1].count == 64, parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        self.init(id: ApiTokenID(String(parts[0])), secret: String(parts[1]))
    }

    init(id: ApiTokenID, secret: String) {
        self.id = id
        self.secret = secret
    }

    /// Lowercase hex SHA-256 of the secret: what the log and the read model keep.
    public var secretSHA256: String { Self.sha256(secret) }

    /// Whether `storedHash` is this token's hash, compared in constant time.
    public func matches(storedHash: String) -> Bool {
        let mine = Array(secretSHA256.utf8)
        let stored = Array(storedHash.utf8)
        guard mine.count == stored.count else { return false }
        return zip(mine, stored).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    public var description: String { "\(Self.prefix)\(id)_\(secret)" }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
