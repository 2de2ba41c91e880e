import Foundation

/// A queue's interval history as an `intervals.csv` text: every 30-minute interval over a
/// span of days, with a daily shape, so imports can be timed at realistic sizes.
enum IntervalHistory {
    static let header = "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned"

    /// `days` days of 30-minute intervals from `start` (UTC midnight), 48 rows a day.
    static func csv(queue: String, from start: Date, days: Int, offeredBoost: Int = 0) -> String {
        var lines = [header]
        lines.reserveCapacity(days * 48 + 1)
        for index in 0..<(days * 48) {
            let instant = start.addingTimeInterval(Double(index) * 1_800)
            lines.append(row(queue: queue, at: instant, slot: index % 48, offeredBoost: offeredBoost))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(queue: String, at instant: Date, slot: Int, offeredBoost: Int = 0) -> String {
        let offered = 10 + (slot * 7) % 60 + offeredBoost
        let abandoned = offered / 12
        let handled = offered - abandoned
        let answered = handled * 4 / 5
        let stamp = instant.formatted(Date.ISO8601FormatStyle())
        return "\(queue),\(stamp),30,\(offered),\(handled),\(abandoned),\(answered),\(handled * 180),\(abandoned / 2)"
    }
}
