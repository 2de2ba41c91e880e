import CallboardDomain

/// What a season run did with one queue.
public enum QueueOutcome: Sendable, Equatable, CustomStringConvertible {
    /// A new revision was appended.
    case published(revision: Int)
    /// The latest revision was computed from the same inputs: nothing appended.
    case unchanged(revision: Int)
    /// No forecast could be made; the reason is for the scheduler.
    case skipped(reason: String)

    public var description: String {
        switch self {
        case let .published(revision): "published revision \(revision)"
        case let .unchanged(revision): "unchanged (revision \(revision) has the same inputs)"
        case let .skipped(reason): "skipped: \(reason)"
        }
    }
}

/// One step of a run, for progress lines: queue `index` of `total` done.
public struct SeasonRunProgress: Sendable {
    public let index: Int
    public let total: Int
    public let queueID: QueueID
    public let outcome: QueueOutcome
}

/// The outcome of a whole run, queue by queue.
public struct SeasonRunReport: Sendable {
    public let season: String
    public let modelVersion: String
    public let outcomes: [(queueID: QueueID, outcome: QueueOutcome)]

    public var published: Int { outcomes.filter { if case .published = $0.outcome { true } else { false } }.count }
    public var unchanged: Int { outcomes.filter { if case .unchanged = $0.outcome { true } else { false } }.count }
    public var skipped: Int { outcomes.count - published - unchanged }

    public var summary: String {
        if published == 0 && skipped == 0 {
            return "\(season): inputs unchanged for all \(unchanged) queues; nothing appended."
        }
        return "\(season): \(published) published, \(unchanged) unchanged, \(skipped) skipped (model \(modelVersion))."
    }
}
