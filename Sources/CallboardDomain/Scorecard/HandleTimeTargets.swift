/// The average handle time each channel is expected to take, in seconds: the target the
/// scorecard's handle-time metric divides by. An agent's own target is these weighted by
/// the agent's contacts on each channel, since a call and an email take very different time.
///
/// Defaults, from common contact-centre practice for e-commerce support: voice 420 s (7 min),
/// chat 540 s (one chat of several handled at once), email 360 s, social messages 240 s.
public struct HandleTimeTargets: Hashable, Sendable, Codable {
    public let voice: Double
    public let chat: Double
    public let email: Double
    public let social: Double

    public init(voice: Double = 420, chat: Double = 540, email: Double = 360, social: Double = 240
    ) throws(ScorecardConfigurationError) {
        self.voice = voice
        self.chat = chat
        self.email = email
        self.social = social
        for channel in Channel.allCases where !(seconds(for: channel) > 0 && seconds(for: channel).isFinite) {
            throw .targetNotPositive("handleTime.\(channel)", seconds(for: channel))
        }
    }

    /// The defaults above.
    public static let standard: HandleTimeTargets = {
        guard let targets = try? HandleTimeTargets() else { preconditionFailure("the default handle times are valid") }
        return targets
    }()

    /// The target of `channel`, in seconds per contact.
    public func seconds(for channel: Channel) -> Double {
        switch channel {
        case .voice: voice
        case .chat: chat
        case .email: email
        case .social: social
        }
    }

    /// The target for a mix of work: each channel's target weighted by the contacts handled
    /// on it; 0 when no contact was handled.
    public func seconds(forContacts contacts: [Channel: Int]) -> Double {
        let total = contacts.values.reduce(0, +)
        guard total > 0 else { return 0 }
        return contacts.reduce(0) { $0 + seconds(for: $1.key) * Double($1.value) } / Double(total)
    }
}
