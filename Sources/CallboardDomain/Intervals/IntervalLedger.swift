import Foundation

/// The interval facts already recorded in one interval stream (a queue's or an agent's
/// month), so a re-import can be told apart from a correction: the same figures again change
/// nothing; different figures become a numbered correction that keeps the old and new.
public struct IntervalLedger<Key: Hashable & Sendable, Figures: Equatable & Sendable>: Sendable, Equatable {
    /// The figures in force for one interval and how many corrections led to them.
    public struct Entry: Sendable, Equatable {
        public let figures: Figures
        public let revision: Int
    }

    /// What a new report means against what is recorded.
    enum Outcome: Equatable {
        case firstReport
        case unchanged
        case correction(previous: Figures, revision: Int)
    }

    /// The interval length of the stream, fixed by its first report.
    public internal(set) var length: IntervalLength?
    public internal(set) var entries: [Key: Entry] = [:]

    public init() {}

    func outcome(of figures: Figures, at key: Key) -> Outcome {
        guard let entry = entries[key] else { return .firstReport }
        guard entry.figures != figures else { return .unchanged }
        return .correction(previous: entry.figures, revision: entry.revision + 1)
    }

    mutating func record(_ figures: Figures, at key: Key, length: IntervalLength, revision: Int) {
        self.length = self.length ?? length
        entries[key] = Entry(figures: figures, revision: revision)
    }
}
