import Crypto
import Foundation

/// One step of the database schema: an SQL script applied once, in order, and
/// remembered with a checksum so that an edit after it was applied is noticed.
public struct Migration: Sendable, Hashable {
    /// The number the file name starts with; migrations apply in this order.
    public let version: Int
    /// The file name without the number and extension, e.g. `event_store`.
    public let name: String
    public let sql: String
    /// SHA-256 of the script, hex encoded.
    public let checksum: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = LowercaseHex.encode(SHA256.hash(data: Data(sql.utf8)))
    }

    /// The file name it came from, for messages.
    public var fileName: String { String(format: "%04d_%@.sql", version, name) }
}

extension Migration {
    /// One checksum for a whole list of migrations: names a schema version.
    public static func fingerprint(of migrations: [Migration]) -> String {
        let joined = migrations.map { "\($0.version):\($0.checksum)" }.joined(separator: "\n")
        return LowercaseHex.encode(SHA256.hash(data: Data(joined.utf8)))
    }
}
