/// One read replica as last measured: down (with why), or up with how far behind the
/// primary it is. What routing skips and `/readyz` reports.
public struct ReplicaHealth: Sendable, CustomStringConvertible {
    /// The replica's number in `CALLBOARD_READ_DATABASE_URL` (1 for the first).
    public let replica: String
    public let state: State

    public enum State: Sendable, Equatable {
        /// It did not connect or answer in time.
        case down(String)
        /// It answers. `lagSeconds`: how long ago the oldest event it lacks was recorded on
        /// the primary (0: it lacks none), nil when the primary could not be asked.
        /// `inRecovery`: false once it has been promoted.
        case up(lagSeconds: Double?, inRecovery: Bool)
    }

    public init(replica: String, state: State) {
        self.replica = replica
        self.state = state
    }

    /// Whether reads may go to it: it answers and lags no more than `maximumLagSeconds`
    /// (an unknown lag, the primary being unreachable, does not bar it: it is the best copy left).
    public func isUsable(maximumLagSeconds: Double) -> Bool { problem(maximumLagSeconds: maximumLagSeconds) == nil }

    /// Why reads skip it, or nil.
    public func problem(maximumLagSeconds: Double) -> String? {
        switch state {
        case .down(let reason): return "replica \(replica): down (\(reason))"
        case .up(let lag?, _) where lag > maximumLagSeconds:
            return "replica \(replica): \(Self.seconds(lag)) s behind the primary, bound \(Self.seconds(maximumLagSeconds)) s"
        case .up: return nil
        }
    }

    public var description: String {
        switch state {
        case .down(let reason): return "replica \(replica): down (\(reason))"
        case .up(let lag, let inRecovery):
            return "replica \(replica): " + (lag.map { "\(Self.seconds($0)) s behind" } ?? "lag unknown (primary unreachable)")
                + (inRecovery ? "" : ", promoted (not in recovery)")
        }
    }

    static func seconds(_ value: Double) -> String {
        value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
