/// Where a day stands relative to one occurrence of a peak event: "Black Friday + 3",
/// "day 2 of Prime Day", "4 days before Christmas".
///
/// Exists as the key under which the forecaster learns and applies uplifts, so that the
/// same position in different years (on different dates) shares one learned factor.
public struct PeakDay: Hashable, Sendable, Codable, CustomStringConvertible {
    public let event: PeakEvent
    public let position: Position

    public init(event: PeakEvent, position: Position) {
        self.event = event
        self.position = position
    }

    /// The day's place in the event's window. Days inside a multi-day event count from its
    /// first day, days after it from its last, so a 4-day Prime Day and a 2-day one still
    /// line up on their first days and on the days after.
    public enum Position: Hashable, Sendable, Codable {
        /// `n` days (1...) before the event's first day.
        case before(Int)
        /// Day `n` (0...) of the event.
        case during(Int)
        /// `n` days (1...) after the event's last day.
        case after(Int)

        /// Days to the nearest day of the event (0 during it).
        var distance: Int {
            switch self {
            case .before(let n), .after(let n): n
            case .during: 0
            }
        }
    }

    public var description: String {
        switch position {
        case .before(let n): "\(event.rawValue) - \(n)"
        case .during(let n): n == 0 ? event.rawValue : "\(event.rawValue) day \(n + 1)"
        case .after(let n): "\(event.rawValue) + \(n)"
        }
    }
}
