import DemoWorld
import Foundation

/// One queue's interval history in the full world, seen on the market's clock: totals per
/// local day and per local hour, the way a planner looks at it.
struct QueueHistory {
    let rows: [IntervalRow]
    let zone: TimeZone
    /// Each row's market-local day (days since the epoch) and hour.
    let positions: [(day: Int, hour: Int)]
    /// Offered contacts per market-local day.
    let offeredPerDay: [Int: Int]

    /// The history of `queue` in the full world, read on the clock of `zone`.
    init(queue: String, zone: String) {
        rows = Worlds.fullIntervalRows("intervals-\(queue).csv")
        let clock = TimeZone(identifier: zone)!
        self.zone = clock
        positions = rows.map { $0.local(in: clock) }
        var perDay: [Int: Int] = [:]
        for (row, position) in zip(rows, positions) { perDay[position.day, default: 0] += row.offered }
        offeredPerDay = perDay
    }

    /// Share answered within SLA per market-local day.
    var serviceLevelPerDay: [Int: Double] {
        var answered: [Int: Int] = [:], counted: [Int: Int] = [:]
        for (row, position) in zip(rows, positions) {
            answered[position.day, default: 0] += row.answeredWithinSLA
            counted[position.day, default: 0] += row.offered - (row.shortAbandoned ?? 0)
        }
        return Dictionary(uniqueKeysWithValues: answered.map { day, inTime in
            (day, Double(inTime) / Double(max(1, counted[day] ?? 0)))
        })
    }

    /// Offered contacts on a local date given as year, month, day.
    func offered(on year: Int, _ month: Int, _ day: Int) -> Int {
        offeredPerDay[CSVByteReader.daysSinceEpoch(year, month, day)] ?? 0
    }

    /// The median of the daily totals over the whole history.
    var medianDay: Double {
        let sorted = offeredPerDay.values.sorted()
        return Double(sorted[sorted.count / 2])
    }

    /// Offered per hour of the day (local when `local`, else UTC) over rows on the local
    /// days `days` (days since the epoch).
    func offeredPerHour(days: ClosedRange<Int>, local: Bool = true) -> [Int] {
        var hours = Array(repeating: 0, count: 24)
        for (row, position) in zip(rows, positions) where days.contains(position.day) {
            hours[local ? position.hour : row.start % 86_400 / 3_600] += row.offered
        }
        return hours
    }
}

/// Hour-of-day histograms: which hour is the busiest.
extension Array where Element == Int {
    /// The index of the largest element.
    var busiest: Int { indices.max { self[$0] < self[$1] } ?? -1 }
}
