import CivilCalendar
import Foundation

/// Writes one messy-world queue's `intervals` file: 30-minute rows from `from` to `to` (UTC
/// seconds) whose mean volume `volume(localDay, localHalfHour)` gives, or no row at all where
/// it gives nil (closed hours, closed days, feed gaps). Hourly queues draw one Poisson count
/// per local hour and split it over the hour's two rows.
enum MessyIntervals {
    static func file(for queue: QueueProfile, from: Int, to: Int, nowSeconds: Int, hourly: Bool = false,
                     random: inout SeededRandom, volume: (LocalDate, Int) -> Double?) -> DemoFile {
        let zone = TimeZone(identifier: queue.timeZoneID) ?? TimeZone(secondsFromGMT: 0)!
        var offsets = OffsetTimeline.Cursor(OffsetTimeline(zone: zone, from: from, to: to))
        let performance = ServicePerformance(queue: queue)
        let step = HistoryWindow.intervalSeconds
        var writer = CSVWriter(header: IntervalHistory.header, reservingRows: (to - from) / step, bytesPerRow: 72)
        var carried: Int?
        var dayNoise = (day: Int.min, factor: 1.0)
        var start = from
        while start < to {
            defer { start += step }
            let local = start + offsets.offset(at: start)
            let localDay = local.floorDivided(by: 86_400)
            let halfHour = (local - localDay * 86_400) / step
            let day = LocalDate(daysSinceEpoch: localDay)
            guard let mean = volume(day, halfHour) else { carried = nil; continue }
            if dayNoise.day != localDay { dayNoise = (localDay, random.noise(0.05)) }
            let offered: Int
            if hourly {
                if halfHour % 2 == 0 || carried == nil {
                    let hour = random.poisson(2 * mean * dayNoise.factor)
                    offered = hour / 2 + hour % 2
                    carried = hour / 2
                } else {
                    offered = carried ?? 0
                    carried = nil
                }
            } else {
                offered = random.poisson(mean * dayNoise.factor * random.noise(0.05))
            }
            let figures = performance.figures(offered: offered, stress: 0, hoursOld: Double(nowSeconds - start) / 3_600,
                                              random: &random)
            writer.text(queue.id)
            writer.instant(start)
            writer.int(30)
            writer.int(figures.offered)
            writer.int(figures.handled)
            writer.int(figures.abandoned)
            writer.int(figures.answeredWithinSLA)
            writer.int(figures.handleSeconds)
            if let short = figures.shortAbandoned { writer.int(short) } else { writer.empty() }
            writer.endRow()
        }
        return DemoFile(kind: .intervals, fileName: "messy-intervals-\(queue.id).csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }
}
