import CallboardDomain
import Foundation
import PostgresNIO

/// One queue's reported intervals as a contiguous series: what the forecaster learns from.
///
/// Between its first and last report, an interval nobody reported is a real 0 when the
/// queue was closed by its hours (on its market clock) and missing data when it was open
/// (``missing``): a feed gap, not a quiet half hour. A reported 0 is a real 0.
struct OfferedHistory {
    var start: Date?
    var minutes = 30
    var offered: [Double] = []
    /// Positions in ``offered`` open by the queue's hours but not reported (placeholder 0).
    var missing = IndexSet()
    var averageHandleSeconds: Double?

    /// Weeks of recent history the handle time is averaged over.
    static let handleTimeWeeks = 8

    static func read(queue: String, hours: HoursOfOperation, timeZone: TimeZone?,
                     in source: ReadModelSource) async throws -> OfferedHistory {
        let rows = try await source.connection.query("""
            SELECT interval_start, interval_minutes::int8, offered::int8, handled::int8, handle_seconds
              FROM \(unescaped: source.schemas.queueIntervals).intervals WHERE queue_id = \(queue) ORDER BY interval_start
            """, logger: source.logger)
        var stored: [(start: Date, minutes: Int, offered: Int, handled: Int, seconds: Int64)] = []
        for try await (start, minutes, offered, handledCount, seconds) in rows.decode((Date, Int, Int, Int, Int64).self) {
            stored.append((start, minutes, offered, handledCount, seconds))
        }
        var history = OfferedHistory()
        // One queue keeps one length within a UTC month (the domain refuses mixing there); a
        // queue whose export changed length between months is read at its coarsest length,
        // each finer interval added into the coarse interval containing it.
        let minutes = stored.map(\.minutes).max() ?? 30
        let step = minutes * 60
        let handled = stored.map { ($0.start, $0.handled, $0.seconds) }
        var reported = IndexSet()
        for row in stored {
            let seconds = Int(row.start.timeIntervalSince1970)
            let bucket = Date(timeIntervalSince1970: Double(seconds - ((seconds % step) + step) % step))
            guard let first = history.start else {
                history.start = bucket
                history.minutes = minutes
                history.offered = [Double(row.offered)]
                reported.insert(0)
                continue
            }
            let index = Int(bucket.timeIntervalSince(first)) / step
            if index >= history.offered.count {
                history.offered.append(contentsOf: repeatElement(0, count: index - history.offered.count + 1))
            }
            history.offered[index] += Double(row.offered)
            reported.insert(index)
        }
        if let first = history.start, let timeZone {
            let step = Double(history.minutes * 60)
            for index in IndexSet(integersIn: 0..<history.offered.count).subtracting(reported)
            where hours.isOpen(at: first.addingTimeInterval(Double(index) * step), in: timeZone) {
                history.missing.insert(index)
            }
        }
        if let end = handled.last?.0 {
            let since = end.addingTimeInterval(-Double(handleTimeWeeks * 7 * 86_400))
            let recent = handled.filter { $0.0 > since }
            let count = recent.reduce(0) { $0 + $1.1 }, seconds = recent.reduce(Int64(0)) { $0 + $1.2 }
            history.averageHandleSeconds = count > 0 ? Double(seconds) / Double(count) : nil
        }
        return history
    }
}
