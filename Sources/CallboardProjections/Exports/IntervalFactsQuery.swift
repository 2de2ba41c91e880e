import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// One page of an account's queue intervals, read as a report (through `ReportReader.read`,
/// live or as of an instant, with the position it reflects) instead of beside the report
/// path: what the interval export streams page by page.
public struct IntervalFactsQuery: ReportQuery {
    /// The queues exported, with their SLA timelines (rows are judged against them).
    public let queues: [QueueProfile]
    public let from: Date
    public let to: Date
    public let after: IntervalKey?
    public let limit: Int

    public init(queues: [QueueProfile], from: Date, to: Date, after: IntervalKey?, limit: Int) {
        self.queues = queues
        self.from = from
        self.to = to
        self.after = after
        self.limit = limit
    }

    public var readModels: [any Projection] { [QueueIntervalsProjection()] }

    /// The page and the queues it belongs to.
    public struct Page: Sendable {
        public let facts: [IntervalFacts]
        public let queues: [QueueID: QueueProfile]
    }

    public func read(from source: ReadModelSource) async throws -> Page {
        let ordered = queues.map(\.queueID).sorted()
        let remaining = after.map { key in ordered.filter { $0 >= key.queueID } } ?? ordered
        var facts: [IntervalFacts] = []
        for queue in remaining where facts.count < limit {
            let start = after?.queueID == queue ? after?.start : nil
            facts += try await read(queue, after: start, limit: limit - facts.count, source: source)
        }
        return Page(facts: facts, queues: Dictionary(queues.map { ($0.queueID, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    private func read(_ queue: QueueID, after: Date?, limit: Int, source: ReadModelSource) async throws -> [IntervalFacts] {
        let schema = source.schemas.queueIntervals
        let rows = try await source.connection.query("""
            SELECT interval_start, interval_minutes::int8, offered::int8, handled::int8, abandoned::int8,
                   short_abandoned::int8, answered_within_threshold::int8, handle_seconds, revision::int8
              FROM \(unescaped: schema).intervals
             WHERE queue_id = \(queue.rawValue) AND interval_start >= \(from) AND interval_start < \(to)
               AND (\(after == nil) OR interval_start > \(after ?? from))
             ORDER BY interval_start LIMIT \(Int64(limit))
            """, logger: source.logger)
        var facts: [IntervalFacts] = []
        for try await (start, minutes, offered, handled, abandoned, short, answered, handle, revision) in rows.decode(
            (Date, Int, Int, Int, Int, Int, Int, Int, Int).self
        ) {
            facts.append(IntervalFacts(
                queueID: queue, start: start, minutes: minutes,
                figures: ContactIntervalFigures(
                    offered: offered, handled: handled, abandoned: abandoned, shortAbandoned: short,
                    answeredWithinThreshold: answered, handleSeconds: handle),
                revision: revision))
        }
        return facts
    }
}
