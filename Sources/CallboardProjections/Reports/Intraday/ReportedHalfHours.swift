import CallboardDomain
import CapacityPlanning
import Foundation
import PostgresNIO

/// The contact figures reported for some queues per half hour of the coverage grid (a
/// queue reporting quarter hours has its two summed), in one indexed read.
enum ReportedHalfHours {
    static func read(_ queues: [AccountQueue], from: Date, to: Date,
                     in source: ReadModelSource) async throws -> [PublishedHalfHours.Key: IntradayActual] {
        let rows = try await source.connection.query("""
            SELECT i.queue_id, i.interval_start, i.offered::int8, i.answered_within_threshold::int8, i.short_abandoned::int8
              FROM UNNEST(\(queues.map(\.queueID.rawValue))::text[]) AS q(queue_id)
              JOIN \(unescaped: source.schemas.queueIntervals).intervals i ON i.queue_id = q.queue_id
                   AND i.interval_start >= \(from) AND i.interval_start < \(to)
            """, logger: source.logger)
        var reported: [PublishedHalfHours.Key: IntradayActual] = [:]
        for try await (queue, start, offered, answered, short) in rows.decode((String, Date, Int, Int, Int).self) {
            let key = PublishedHalfHours.Key(queueID: QueueID(queue), start: IntervalLength.thirtyMinutes.start(containing: start))
            let earlier = reported[key] ?? IntradayActual(offered: 0, answeredInTime: 0, counted: 0)
            reported[key] = IntradayActual(offered: earlier.offered + offered, answeredInTime: earlier.answeredInTime + answered,
                                           counted: earlier.counted + max(0, offered - short))
        }
        return reported
    }
}
