/// Which callers count as "within threshold" once callers can hang up.
///
/// Exists because ACDs and contracts disagree on it, and the choice moves the head count
/// when patience is short. Without abandonment (Erlang C) both readings coincide.
/// ``ErlangA`` defaults to ``answeredWithinThreshold``: with ``waitedWithinThreshold`` and
/// patience shorter than the threshold, one agent "meets" 80/20 because most callers
/// hang up in time, which is no plan to put in front of a client.
public enum ServiceLevelBasis: Sendable, Hashable {
    /// P(wait <= t) over all callers, as in Mandelbaum & Zeltyn and Garnett,
    /// Mandelbaum & Reiman: a caller who hangs up before t has not waited longer than t.
    /// With this basis Erlang A never needs more agents than Erlang C.
    case waitedWithinThreshold
    /// Callers answered within t as a share of all callers offered: abandoned callers
    /// always count against the target. Stricter when patience is short.
    case answeredWithinThreshold
}
