import StaffingMath

/// How one queue turns forecast contacts into agents: the channel's maths, its handle time,
/// the SLA in force and the planning allowances.
///
/// Exists so the capacity projection applies each channel's own rule: Erlang C for voice,
/// Erlang C over chat slots for chat, and workload spread over the response window for email
/// and social messages, all with the queue's SLA and the site's shrinkage.
public struct StaffingProfile: Sendable, Hashable, Codable {
    /// Which staffing model the queue's channel needs.
    public enum Model: Sendable, Hashable, Codable {
        /// Contacts wait in line (voice, chat): `percent` answered within `thresholdSeconds`;
        /// each agent holds `concurrency` contacts at once (1 for voice).
        case queued(percent: Double, thresholdSeconds: Double, concurrency: Int)
        /// Contacts wait in an inbox (email, social): answered within `responseHours`.
        case deferred(responseHours: Double)
    }

    /// Time paid but not on contacts when nothing else is known: 30% (BPOs run 20-35%).
    public static let defaultShrinkage = 0.30
    /// Chats one agent holds at once when nothing else is known.
    public static let defaultChatConcurrency = 2
    /// The highest occupancy planned for: agents burn out above about 85%.
    public static let defaultMaxOccupancy = 0.85

    public let model: Model
    /// Average handle time per contact, in seconds.
    public let averageHandleSeconds: Double
    public let shrinkage: Double
    public let maxOccupancy: Double

    public init(model: Model, averageHandleSeconds: Double, shrinkage: Double = Self.defaultShrinkage,
                maxOccupancy: Double = Self.defaultMaxOccupancy) throws(StaffingInputError) {
        guard averageHandleSeconds > 0, averageHandleSeconds.isFinite else {
            throw .nonPositiveHandleTime(seconds: averageHandleSeconds)
        }
        _ = try Shrinkage(shrinkage)
        guard maxOccupancy > 0, maxOccupancy <= 1 else { throw .occupancyCapOutOfRange(maxOccupancy) }
        if case let .queued(percent, threshold, concurrency) = model {
            _ = try ServiceLevelTarget(percent: percent, thresholdSeconds: threshold)
            guard concurrency >= 1 else { throw .concurrencyBelowOne(concurrency) }
        }
        self.model = model
        self.averageHandleSeconds = averageHandleSeconds
        self.shrinkage = shrinkage
        self.maxOccupancy = maxOccupancy
    }

    /// The SLA as planners write it: `80/20` or `24h`.
    public var targetText: String {
        switch model {
        case let .queued(percent, threshold, _): "\(Self.compact(percent))/\(Self.compact(threshold))"
        case let .deferred(hours): "\(Self.compact(hours))h"
        }
    }

    private static func compact(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
