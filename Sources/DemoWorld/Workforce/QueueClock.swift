import Foundation

/// A queue's opening hours on its market's clock over the recent past, ready for quick
/// "was it open at this instant?" questions while writing agent activity.
struct QueueClock {
    let queue: QueueProfile
    /// The queue id as bytes, written on every row.
    let idField: [UInt8]
    private let offsets: OffsetTimeline
    private let openHalfHours: [Bool]

    init(_ queue: QueueProfile, from start: Int, to end: Int) {
        self.queue = queue
        idField = Array(queue.id.utf8)
        offsets = OffsetTimeline(zone: TimeZone(identifier: queue.timeZoneID) ?? TimeZone(secondsFromGMT: 0)!,
                                 from: start, to: end)
        openHalfHours = queue.hours.openHalfHours
    }

    /// Whether the queue took contacts at `instant` (seconds since the epoch).
    func isOpen(at instant: Int) -> Bool {
        let local = instant + offsets.offset(at: instant)
        let day = local.floorDivided(by: 86_400)
        return openHalfHours[(day + 3).floorModulo(7) * 48 + (local - day * 86_400) / 1_800]
    }
}
