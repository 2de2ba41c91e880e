/// How volume differs between days of the week, per channel: buyers phone on weekdays,
/// above all on Monday, and send social messages at the weekend.
enum WeeklyShape {
    /// Multipliers for Monday ... Sunday, averaging about 1.
    static func multipliers(_ channel: Channel) -> [Double] {
        switch channel {
        case .voice: [1.2, 1.1, 1.05, 1.02, 0.97, 0.62, 0.5]
        case .chat: [1.1, 1.04, 1.0, 0.98, 0.95, 0.88, 0.95]
        case .email: [1.2, 1.08, 1.02, 1.0, 0.95, 0.75, 0.8]
        case .social: [0.9, 0.88, 0.88, 0.9, 0.95, 1.2, 1.3]
        }
    }
}
