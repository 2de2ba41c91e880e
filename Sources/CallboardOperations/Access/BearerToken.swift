import CallboardDomain
import Crypto
import EventStore
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
        let secret = LowercaseHex.encode((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return BearerToken(id: ApiTokenID(id), secret: secret)
    }

    /// Parses the travelling form; nil for anything else. Read byte by byte: exactly
    /// `cbt_`, 12 of `a-z0-9`, `_`, 64 of `0-9a-f`, all ASCII (no other Unicode digit or letter
    /// stands in for one).
    public init?(parsing text: some StringProtocol) {
        let parts = text.utf8.withContiguousStorageIfAvailable(Self.parts) ?? Array(text.utf8).withUnsafeBufferPointer(Self.parts)
        guard let parts else { return nil }
        self.init(id: ApiTokenID(parts.id), secret: parts.secret)
    }

    /// The id and the secret of the travelling form's bytes; nil unless they are exactly that form.
    private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: String, secret: String)? {
        guard bytes.count == length else { return nil }
        for (offset, byte) in bytes.enumerated() {
            let fits = switch offset {
            case 0..<4: byte == prefixBytes[offset]
            case 4..<16: isLowercaseLetterOrDigit(byte)
            case 16: byte == UInt8(ascii: "_")
            default: isLowercaseHexDigit(byte)
            }
            guard fits else { return nil }
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[4..<16]), as: UTF8.self),
                String(decoding: UnsafeBufferPointer(rebasing: bytes[17...]), as: UTF8.self))
    }

    /// Bytes of the travelling form: the prefix, the id, `_`, the secret.
    static let length = 4 + 12 + 1 + 64
    private static let prefixBytes = Array(prefix.utf8)

    private static func isLowercaseLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    init(id: ApiTokenID, secret: String) {
        self.id = id
        self.secret = secret
    }

    /// Lowercase hex SHA-256 of the secret: what the log and the read model keep.
    public var secretSHA256: String { Self.sha256(secret) }

    /// Whether `storedHash` is this token's hash, compared in constant time.
    public func matches(storedHash: String) -> Bool {
        let mine = secretSHA256.utf8
        let stored = storedHash.utf8
        guard mine.count == stored.count else { return false }
        return zip(mine, stored).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    public var description: String { "\(Self.prefix)\(id)_\(secret)" }

    static func sha256(_ text: String) -> String {
        LowercaseHex.encode(SHA256.hash(data: Array(text.utf8)))
    }
}
