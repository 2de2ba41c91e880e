/// Why an interval of the day is flagged.
public enum IntradayRisk: String, Sendable, Hashable, CaseIterable {
    /// Not reported yet, and fewer eligible agents are scheduled than the re-forecast requires.
    case short
    /// Reported, and its service level fell below the target.
    case missed
    /// Not reported yet, the day's service level so far is below the target, and the
    /// interval has no agent to spare to win it back (eligible at most the requirement).
    case behind
}
