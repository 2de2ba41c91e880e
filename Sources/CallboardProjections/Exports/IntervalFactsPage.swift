import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// One queue interval's stored figures, as the interval export pages them.
public struct IntervalFacts: Sendable, Equatable {
    public let queueID: QueueID
    public let start: Date
    public let minutes: Int
    public let figures: ContactIntervalFigures
    /// 0 as first reported; the correction's revision after one.
    public let revision: Int
}

/// Where an interval export stands: after this queue's interval starting then. Queues are
/// exported one after another in id order, each in time order, so the key is the queue
/// interval read model's own primary key and every page is an index range scan.
public struct IntervalKey: Sendable, Hashable {
    public let queueID: QueueID
    public let start: Date

    public init(queueID: QueueID, start: Date) {
        self.queueID = queueID
        self.start = start
    }
}

extension IntervalFacts {
    /// Up to `limit` intervals of `queues` starting in [from, to), after `key` (keyset
    /// paging: stable while new facts arrive, since each row's place is fixed by its key).
    public static func page(
        of queues: [QueueID], from: Date, to: Date, after key: IntervalKey?, limit: Int,
        client: PostgresClient, logger: Logger
    ) async throws -> [IntervalFacts] {
        // A page never keeps a client's request waiting past the statement deadline.
        return try await DatabaseDeadline.run(
            "reading a page of intervals", within: DatabaseDeadlines.fromEnvironment.statement, logger: logger
        ) {
            try await client.withConnection { connection in
                try await page(of: queues, from: from, to: to, after: key, limit: limit, schema: ReadModelSchemas.live.queueIntervals,
                               connection: connection, logger: logger)
            }
        }
    }

    /// The same page read on `connection` from the intervals read model in `schema`.
    static func page(
        of queues: [QueueID], from: Date, to: Date, after key: IntervalKey?, limit: Int, schema: String,
        connection: PostgresConnection, logger: Logger
    ) async throws -> [IntervalFacts] {
        let ordered = queues.sorted()
        let remaining = key.map { key in ordered.filter { $0 >= key.queueID } } ?? ordered
        var page: [IntervalFacts] = []
        for queue in remaining where page.count < limit {
            let after = key?.queueID == queue ? key?.start : nil
            page += try await read(
                queue, from: from, to: to, after: after, limit: limit - page.count, schema: schema, connection: connection,
                logger: logger)
        }
        return page
    }

    private static func read(
        _ queue: QueueID, from: Date, to: Date, after: Date?, limit: Int, schema: String, connection: PostgresConnection,
        logger: Logger
    ) async throws -> [IntervalFacts] {
        let rows = try await connection.query("""
            SELECT interval_start, interval_minutes::int8, offered::int8, handled::int8, abandoned::int8,
                   short_abandoned::int8, answered_within_threshold::int8, handle_seconds, revision::int8
              FROM \(unescaped: schema).intervals
             WHERE queue_id = \(queue.rawValue) AND interval_start >= \(from) AND interval_start < \(to)
               AND (\(after == nil) OR interval_start > \(after ?? from))
             ORDER BY interval_start LIMIT \(Int64(limit))
            """, logger: logger)
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

/// A page of interval facts as a report query, so the interval export reads it through
/// ``ReportReader/read(_:asOf:)`` like every export: live, or as known at an instant.
public struct IntervalFactsPageQuery: ReportQuery {
    public let queues: [QueueID]
    public let from: Date
    public let to: Date
    public let after: IntervalKey?
    public let limit: Int

    public init(queues: [QueueID], from: Date, to: Date, after: IntervalKey?, limit: Int) {
        (self.queues, self.from, self.to, self.after, self.limit) = (queues, from, to, after, limit)
    }

    public var readModels: [any Projection] { [QueueIntervalsProjection()] }

    public func read(from source: ReadModelSource) async throws -> [IntervalFacts] {
        try await IntervalFacts.page(
            of: queues, from: from, to: to, after: after, limit: limit, schema: source.schemas.queueIntervals,
            connection: source.connection, logger: source.logger)
    }
}
