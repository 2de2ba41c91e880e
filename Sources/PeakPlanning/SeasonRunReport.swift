import CallboardDomain

/// What a season run did with one queue.
public enum QueueOutcome: Sendable, Equatable, CustomStringConvertible {
    /// A new revision was appended.
    case published(revision: Int)
    /// The latest revision was computed from the same inputs: nothing appended.
    case unchanged(revision: Int)
    /// Nothing left to forecast: the queue's history already reaches past the season's end.
    case skipped(reason: String)
    /// The queue cannot be forecast (no history and nothing to borrow from, no SLA, no handle
    /// time anywhere); the reason is for the scheduler, and the run exits non-zero.
    case failed(reason: String)

    public var description: String {
        switch self {
        case let .published(revision): "published revision \(revision)"
        case let .unchanged(revision): "unchanged (revision \(revision) has the same inputs)"
        case let .skipped(reason): "skipped: \(reason)"
        case let .failed(reason): "FAILED: \(reason)"
        }
    }
}

/// How a queue's published (or unchanged) revision was made, as the run reports it.
public struct QueueRunDetail: Sendable, Equatable {
    public let confidence: ForecastConfidence
    /// `own history`, or `fallback: ...` saying what was borrowed.
    public let method: String
    /// Training days the model kept out (outages, spikes, feed gaps).
    public let flaggedDays: [PublishedFlaggedDay]
    /// The share (0...1) of the season's peak uplift from the queue's own history, the rest
    /// from the pooled estimate; nil with no peak day in the horizon.
    public var ownPeakShare: Double? = nil
}

/// One step of a run, for progress lines: queue `index` of `total` done.
public struct SeasonRunProgress: Sendable {
    public let index: Int
    public let total: Int
    public let queueID: QueueID
    public let outcome: QueueOutcome
    /// How the revision was made; nil when the queue was skipped or failed.
    public let detail: QueueRunDetail?
}

/// The outcome of a whole run, queue by queue.
public struct SeasonRunReport: Sendable {
    public let season: String
    public let modelVersion: String
    public let outcomes: [(queueID: QueueID, outcome: QueueOutcome)]
    /// Confidence, method and flagged days of every queue published or unchanged.
    public let details: [QueueID: QueueRunDetail]

    public init(season: String, modelVersion: String, outcomes: [(queueID: QueueID, outcome: QueueOutcome)],
                details: [QueueID: QueueRunDetail] = [:]) {
        self.season = season
        self.modelVersion = modelVersion
        self.outcomes = outcomes
        self.details = details
    }

    public var published: Int { outcomes.filter { if case .published = $0.outcome { true } else { false } }.count }
    public var unchanged: Int { outcomes.filter { if case .unchanged = $0.outcome { true } else { false } }.count }
    public var failed: Int { outcomes.filter { if case .failed = $0.outcome { true } else { false } }.count }
    public var skipped: Int { outcomes.count - published - unchanged - failed }
    /// Queues forecast with low confidence (the fallback rule, or a borrowed handle time).
    public var lowConfidence: Int { details.values.filter { $0.confidence == .low }.count }

    public var summary: String {
        let low = lowConfidence == 0 ? "" : ", \(lowConfidence) of them low-confidence"
        if published == 0 && skipped == 0 && failed == 0 {
            return "\(season): inputs unchanged for all \(unchanged) queues\(low); nothing appended."
        }
        return "\(season): \(published) published, \(unchanged) unchanged\(low), \(skipped) skipped, "
            + "\(failed) failed (model \(modelVersion))."
    }

    /// One line per queue the scheduler must look at: forecast with low confidence (and how),
    /// with flagged training days, skipped, or failed with the reason.
    public var queueLines: [String] {
        outcomes.flatMap { queueID, outcome -> [String] in
            switch outcome {
            case .failed, .skipped:
                return ["\(queueID): \(outcome)"]
            case .published, .unchanged:
                guard let detail = details[queueID] else { return [] }
                var lines: [String] = []
                if detail.confidence == .low { lines.append("\(queueID): low confidence, \(detail.method)") }
                else if detail.method != SeasonForecastPublished.ownHistory { lines.append("\(queueID): \(detail.method)") }
                if let share = detail.ownPeakShare {
                    let own = Int((share * 100).rounded())
                    lines.append("\(queueID): peak uplift \(own)% from its own history, \(100 - own)% from the pooled estimate")
                }
                if !detail.flaggedDays.isEmpty {
                    lines.append("\(queueID): \(detail.flaggedDays.count) training day(s) flagged and kept out: "
                        + detail.flaggedDays.map(Self.describe).joined(separator: "; "))
                }
                return lines
            }
        }
    }

    /// `2026-10-12 outage (expected 1,210, reported 130)`.
    static func describe(_ day: PublishedFlaggedDay) -> String {
        "\(day.day) \(day.reason.replacingOccurrences(of: "_", with: " ")) "
            + "(expected \(Int(day.expected.rounded())), reported \(Int(day.actual.rounded())))"
    }
}
