import PostgresNIO

/// What a failed read on a replica means for where to read instead: another replica (this
/// one is unreachable), the primary (this read cannot run on a standby), or nowhere (the
/// read itself is wrong, and would fail on the primary too).
public enum ReplicaReadFailure: Sendable, Equatable {
    /// The replica did not connect or lost the connection: try the next one.
    case unreachable
    /// A standby refused it: the read writes scratch objects (SQLSTATE 25006, read-only
    /// transaction), or replay cancelled it (40001, conflict with recovery): read the primary.
    case needsPrimary
    /// Any other error: the caller's.
    case other

    public init(_ error: any Error) {
        if let interruption = error as? DatabaseInterruption, case .connectionLost = interruption {
            self = .unreachable
        } else if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                self = ["25006", "40001", "57P01", "57P02", "57P03"].contains(state)
                    ? (state.hasPrefix("57") ? .unreachable : .needsPrimary) : .other
            } else {
                self = .unreachable
            }
        } else {
            self = .other
        }
    }
}
