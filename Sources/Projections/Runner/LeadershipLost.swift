/// Why a runner stopped following a projection it led, while it kept its session.
enum LeadershipLost: Error, CustomStringConvertible {
    /// No database call of the follower completed for this long.
    case stalled(Duration)
    /// The leadership session no longer holds the projection's lock.
    case lockLost

    var description: String {
        switch self {
        case .stalled(let silence): return "the leader made no progress for \(silence); leadership released"
        case .lockLost: return "the leader lock is no longer held on the leadership session"
        }
    }
}
