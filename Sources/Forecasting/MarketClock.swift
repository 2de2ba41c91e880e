import Foundation

/// The market's wall clock over a span of time: which local day and minute of day a UTC
/// instant falls on, DST included.
///
/// Exists so the hot loops never call `Calendar` or `DateFormatter`: the zone's offset is
/// sampled with `TimeZone.secondsFromGMT(for:)` every 6 hours, and each change found is
/// pinned to the second by bisection. Afterwards a lookup is a search in a handful of
/// offset segments. (Assumes no zone changes its offset twice within 6 hours.)
struct MarketClock: Sendable {
    /// Start instants (epoch seconds) of the offset segments; the first is `Int.min`.
    private let segmentStarts: [Int]
    /// UTC offset in seconds of each segment.
    private let segmentOffsets: [Int]

    static let samplingStep = 6 * 3600

    init(timeZone: TimeZone, from lower: Int, to upper: Int) {
        func offset(_ t: Int) -> Int { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))) }
        var starts = [Int.min]
        var offsets = [offset(lower - 86_400)]
        var previous = lower - 86_400
        var t = previous + Self.samplingStep
        while t <= upper + 86_400 {
            let current = offset(t)
            if current != offsets[offsets.count - 1] {
                var low = previous, high = t  // offset(low) is the old one, offset(high) the new one
                while high - low > 1 {
                    let middle = low + (high - low) / 2
                    if offset(middle) == current { high = middle } else { low = middle }
                }
                starts.append(high)
                offsets.append(current)
            }
            previous = t
            t += Self.samplingStep
        }
        segmentStarts = starts
        segmentOffsets = offsets
    }

    /// UTC offset in seconds at an instant.
    func offset(at t: Int) -> Int { segmentOffsets[segment(containing: t)] }

    /// The local day (days since 1970-01-01) an instant falls on.
    func localDay(at t: Int) -> Int {
        let local = localSeconds(at: t)
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// Local wall-clock seconds since 1970-01-01T00:00 local.
    func localSeconds(at t: Int) -> Int { t + offset(at: t) }

    /// The UTC instant whose wall-clock reading is `local`. In a fall-back repeat, the earlier
    /// of the two; in a spring-forward gap, the instant read with the offset before the gap
    /// (so 02:30 on the change night becomes 03:30 new time).
    func instant(forLocal local: Int) -> Int {
        let before = local - offset(at: local - 86_400)
        let after = local - offset(at: local + 86_400)
        let valid = [before, after].filter { localSeconds(at: $0) == local }
        return valid.min() ?? before
    }

    /// Local day and minute of day of `count` instants `step` seconds apart from `start`.
    func positions(start: Int, count: Int, step: Int) -> (days: [Int], minutes: [Int]) {
        var days = [Int](repeating: 0, count: count)
        var minutes = [Int](repeating: 0, count: count)
        guard count > 0 else { return (days, minutes) }
        var index = segment(containing: start)
        for i in 0..<count {
            let t = start + i * step
            while index + 1 < segmentStarts.count, segmentStarts[index + 1] <= t { index += 1 }
            let local = t + segmentOffsets[index]
            let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            days[i] = day
            minutes[i] = (local - day * 86_400) / 60
        }
        return (days, minutes)
    }

    private func segment(containing t: Int) -> Int {
        var low = 0, high = segmentStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segmentStarts[middle] <= t { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
