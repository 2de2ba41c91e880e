/// libpq's `target_session_attrs` (also `PGTARGETSESSIONATTRS`): which server of a URL's host
/// list a connection accepts, so that one URL naming every node of a Patroni cluster reaches
/// the primary (`read-write`) or a standby (`standby`, `prefer-standby`) whichever node holds
/// that role now, without a virtual IP.
///
/// The values mean what they mean to libpq: `any` (the first that connects), `read-write`
/// (`transaction_read_only` off), `read-only` (on), `primary` (not in recovery), `standby`
/// (in recovery), `prefer-standby` (a standby, else any).
public enum TargetSessionAttributes: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case any
    case readWrite = "read-write"
    case readOnly = "read-only"
    case primary
    case standby
    case preferStandby = "prefer-standby"

    public var description: String { rawValue }

    /// The passes over the host list: `prefer-standby` looks for a standby first, then takes any.
    var passes: [TargetSessionAttributes] { self == .preferStandby ? [.standby, .any] : [self] }

    /// Whether a server in `role` qualifies (for a single pass: never `prefer-standby`).
    func accepts(_ role: ServerRole) -> Bool {
        switch self {
        case .any: return true
        case .readWrite: return !role.readOnly
        case .readOnly: return role.readOnly
        case .primary: return !role.inRecovery
        case .standby, .preferStandby: return role.inRecovery
        }
    }
}

/// What a server said it is when a host was chosen: in recovery (a hot standby) or not, and
/// whether its transactions are read-only by default.
public struct ServerRole: Sendable, Hashable, CustomStringConvertible {
    public let inRecovery: Bool
    public let readOnly: Bool

    public var description: String {
        inRecovery ? "a standby (in recovery)" : readOnly ? "a primary with read-only transactions" : "a primary, read-write"
    }
}
