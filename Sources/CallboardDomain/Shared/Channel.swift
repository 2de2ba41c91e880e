/// How a buyer contacts the seller. Queues are per channel, and an agent's skills are the
/// channels the agent is trained to work.
public enum Channel: String, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case voice, email, chat, social

    /// Voice and chat are answered while the buyer waits (service level = % answered within
    /// N seconds); email and social messages wait in a backlog (first response within N hours).
    public var isRealTime: Bool { self == .voice || self == .chat }

    public static func < (lhs: Channel, rhs: Channel) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
