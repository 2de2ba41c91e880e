import CivilCalendar
import Foundation

/// One queue's interval history (30-minute, or 15-minute in the xl world) from the start of the window to the last complete
/// interval before `now`, as an `intervals` import file: the demand model's volume in the
/// market's local time (DST included), Poisson arrivals, and the service those contacts got.
/// Calls and chats have rows only while the queue is open; messages arrive around the clock.
enum IntervalHistory {
    static let header = ["queue", "interval_start", "interval_minutes", "offered", "handled", "abandoned",
                         "answered_within_sla", "handle_seconds", "short_abandoned"]

    static func fileName(for queue: QueueProfile) -> String { "intervals-\(queue.id).csv" }

    static func file(for queue: QueueProfile, window: HistoryWindow, scale: DemoScale, seed: UInt64,
                     minutes: Int = 30) -> DemoFile {
        var random = SeededRandom(seed: seed, stream: "intervals/\(queue.id)")
        let model = VolumeModel(queue: queue, window: window, scale: scale, random: &random)
        let performance = ServicePerformance(queue: queue)
        let zone = TimeZone(identifier: queue.timeZoneID) ?? TimeZone(secondsFromGMT: 0)!
        var offsets = OffsetTimeline.Cursor(OffsetTimeline(zone: zone, from: window.start, to: window.end))
        let counted = queue.channel.isRealTime ? queue.hours.openHalfHours : Array(repeating: true, count: 336)
        // The model's shapes are per half hour; a 15-minute interval takes half its half hour's.
        let halfHour = HistoryWindow.intervalSeconds, step = minutes * 60
        let share = Double(step) / Double(halfHour)
        let intervals = (window.end - window.start) / step
        var writer = CSVWriter(header: header, reservingRows: intervals, bytesPerRow: 72)
        let queueField = Array(queue.id.utf8)
        let minutesField = Array(String(minutes).utf8)
        let stamps = CSVWriter.intervalStamps(minutes: minutes)
        let firstDay = model.firstDay.daysSinceEpoch
        var utcDay = Int.min
        var dayStamp: [UInt8] = []
        var start = window.start
        while start < window.end {
            defer { start += step }
            let local = start + offsets.offset(at: start)
            let localDay = local.floorDivided(by: 86_400)
            let weekHalfHour = (localDay + 3).floorModulo(7) * 48 + (local - localDay * 86_400) / halfHour
            guard counted[weekHalfHour] else { continue }
            let day = localDay - firstDay
            let mean = model.dailyVolume[day] * model.halfHourShares[weekHalfHour] * share * random.noise(0.07)
            let load = model.halfHourShares[weekHalfHour] * 48 - 1
            let figures = performance.figures(
                offered: random.poisson(mean), stress: model.stress[day] + 0.03 * max(0, load),
                hoursOld: Double(window.now - start) / 3_600, random: &random)
            if start / 86_400 != utcDay {
                utcDay = start / 86_400
                dayStamp = CSVWriter.dayStamp(LocalDate(daysSinceEpoch: utcDay))
            }
            writer.raw(queueField)
            writer.raw(dayStamp, stamps[(start - utcDay * 86_400) / step])
            writer.raw(minutesField)
            writer.int(figures.offered)
            writer.int(figures.handled)
            writer.int(figures.abandoned)
            writer.int(figures.answeredWithinSLA)
            writer.int(figures.handleSeconds)
            if let short = figures.shortAbandoned { writer.int(short) } else { writer.empty() }
            writer.endRow()
        }
        return DemoFile(kind: .intervals, fileName: fileName(for: queue), csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }
}
