import CallboardDomain

/// A decider whose streams share one category, the part of the stream name before the first
/// `-` (`site-MNL` is in `site`), so all of its streams can be read at once. The names follow
/// `CallboardDomain.StreamID`'s naming rules.
protocol StreamCategory: Decider {
    static var category: String { get }
}

extension Site: StreamCategory { static let category = "site" }
extension Agent: StreamCategory { static let category = "agent" }
extension ClientAccount: StreamCategory { static let category = "account" }
extension Queue: StreamCategory { static let category = "queue" }
extension Schedule: StreamCategory { static let category = "schedule" }
extension ContactIntervals: StreamCategory { static let category = "intervals" }
extension AgentIntervalStats: StreamCategory { static let category = "agentstats" }
extension AgentQuality: StreamCategory { static let category = "agentquality" }
extension TrainingProgram: StreamCategory { static let category = "program" }
extension Certification: StreamCategory { static let category = "certification" }
extension ApiToken: StreamCategory { static let category = "apitoken" }
