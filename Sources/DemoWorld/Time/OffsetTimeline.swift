import CivilCalendar
import Foundation

/// A timezone's UTC offset over the span the world covers, as the list of instants where it
/// changes (the DST transitions), so hot loops can read local time without asking Foundation
/// for every interval.
struct OffsetTimeline: Sendable {
    /// From `from` (seconds since the epoch) on, the zone is `offset` seconds east of UTC.
    private struct Change: Sendable {
        let from: Int
        let offset: Int
    }

    private let changes: [Change]

    /// Samples `zone` at every UTC midnight from `start` to `end` (seconds since the epoch) and
    /// pins each change down to the second by bisection.
    init(zone: TimeZone, from start: Int, to end: Int) {
        func offset(_ seconds: Int) -> Int {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        var changes = [Change(from: Int.min, offset: offset(start))]
        var day = start.floorDivided(by: 86_400) * 86_400
        while day <= end {
            let next = day + 86_400
            if offset(next) != offset(day) {
                var low = day, high = next
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if offset(middle) == offset(low) { low = middle } else { high = middle }
                }
                changes.append(Change(from: high, offset: offset(high)))
            }
            day = next
        }
        self.changes = changes
    }

    /// The offset in seconds east of UTC at `seconds` since the epoch.
    func offset(at seconds: Int) -> Int {
        var low = 0, high = changes.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if changes[middle].from <= seconds { low = middle } else { high = middle - 1 }
        }
        return changes[low].offset
    }

    /// The instant of a wall-clock reading (`localSeconds`, seconds since the epoch as if the
    /// local clock were UTC), taking the offset in force at that day's local noon: good for
    /// reports of past work, not for planning (see `WallClock`).
    func instant(ofLocal localSeconds: Int) -> Int {
        let noon = LocalDate(containing: localSeconds).midnightSeconds + 43_200
        return localSeconds - offset(at: noon - offset(at: noon))
    }

    /// A reader for instants visited in increasing order: constant time per step.
    struct Cursor {
        private let timeline: OffsetTimeline
        private var index = 0

        init(_ timeline: OffsetTimeline) {
            self.timeline = timeline
        }

        mutating func offset(at seconds: Int) -> Int {
            let changes = timeline.changes
            while index + 1 < changes.count && changes[index + 1].from <= seconds { index += 1 }
            return changes[index].offset
        }
    }
}
