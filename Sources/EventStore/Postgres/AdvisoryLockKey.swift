/// The keys of the PostgreSQL advisory locks Callboard's processes use to exclude one another
/// (migrations, a read model's apply and leader locks, the season forecast run).
///
/// Exists so every lock key is derived one way: a key is persisted behaviour shared across
/// processes and builds, because two processes exclude each other only if they compute the
/// same number. A key must therefore never change value; tests pin the keys in use.
public enum AdvisoryLockKey {
    /// The 64-bit FNV-1a hash of `name`, as a signed key: the same in every process and build
    /// (unlike `Hasher`, which is seeded per process). Names are dotted, e.g.
    /// `callboard.projection.apply.site_roster`.
    public static func named(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// The lock schema migrations queue on: the ASCII bytes of `callboar`, chosen before
    /// keys were derived from names, and kept so old and new migrators still exclude each other.
    public static let migrations: Int64 = 0x6361_6C6C_626F_6172
}
