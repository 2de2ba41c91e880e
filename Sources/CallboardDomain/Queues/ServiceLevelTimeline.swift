import Foundation

/// A queue's SLA over time. Contracts change the target from a given instant (e.g. a tighter
/// target for peak season), and reports must judge each interval against the SLA that was
/// in force then, not today's.
public struct ServiceLevelTimeline: Hashable, Sendable, Codable {
    /// One SLA and the instant from which it applies.
    public struct Entry: Hashable, Sendable, Codable {
        public let effectiveFrom: Date
        public let sla: ServiceLevelAgreement

        public init(effectiveFrom: Date, sla: ServiceLevelAgreement) {
            self.effectiveFrom = effectiveFrom
            self.sla = sla
        }
    }

    /// Entries in order of `effectiveFrom`, at most one per instant.
    public private(set) var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = []
        for entry in entries { insert(entry) }
    }

    /// The SLA in force at `instant`: the latest entry effective at or before it; nil before
    /// the first one.
    public func sla(at instant: Date) -> ServiceLevelAgreement? {
        entries.last { $0.effectiveFrom <= instant }?.sla
    }

    /// The SLA set to start exactly at `instant`, if any.
    public func entry(effectiveFrom instant: Date) -> Entry? {
        entries.first { $0.effectiveFrom == instant }
    }

    /// Adds an entry, replacing any other entry effective from the same instant.
    public mutating func insert(_ entry: Entry) {
        entries.removeAll { $0.effectiveFrom == entry.effectiveFrom }
        let index = entries.firstIndex { $0.effectiveFrom > entry.effectiveFrom } ?? entries.endIndex
        entries.insert(entry, at: index)
    }
}
