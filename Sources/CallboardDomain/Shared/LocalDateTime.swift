import Foundation

/// A date and wall-clock time on some local clock (`2026-10-24 22:00`), before it is tied to
/// a timezone. Turning it into an instant may fail around daylight-saving changes; see
/// `instant(in:occurrence:)`.
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// The wall-clock reading of `instant` in `zone`, to the minute.
    public init(_ instant: Date, in zone: TimeZone) {
        let utcSeconds = Int(instant.timeIntervalSince1970.rounded(.down))
        self.init(wallClockSeconds: utcSeconds + zone.secondsFromGMT(for: instant))
    }

    /// Seconds since 1970-01-01 00:00 as if this wall clock were UTC.
    var wallClockSeconds: Int { date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60 }

    init(wallClockSeconds seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        date = LocalDate(daysSinceEpoch: days)
        time = LocalTime(minutesSinceMidnight: (seconds - days * 86_400) / 60)
    }

    public var description: String { "\(date) \(time)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.wallClockSeconds < rhs.wallClockSeconds
    }
}

/// Which of the two instants to take when a wall-clock time happens twice because clocks
/// fell back (e.g. 01:30 in New York on 1 Nov 2026 is first EDT, then EST).
public enum Occurrence: String, Sendable, Codable, CaseIterable {
    case earlier, later
}

/// Why a local date and time could not be turned into one instant.
public enum WallClockProblem: Error, Sendable, Equatable {
    /// Clocks sprang forward over this time: the local time never happens. The gap runs
    /// from `from` (inclusive) to `to` (exclusive) in local time.
    case skipped(from: LocalDateTime, to: LocalDateTime)
    /// Clocks fell back over this time: it happens twice and nobody said which one.
    case repeated(earlier: Date, later: Date)
}

extension LocalDateTime {
    /// The instant this wall-clock time denotes in `zone`.
    ///
    /// The rule, applied everywhere local times are planned: a time inside a spring-forward
    /// gap is an error naming the gap; a time that happens twice (fall-back) is an error unless
    /// `occurrence` says which one; nothing is ever silently shifted. `occurrence` is ignored
    /// for times that happen exactly once.
    public func instant(in zone: TimeZone, occurrence: Occurrence? = nil) throws(WallClockProblem) -> Date {
        let local = wallClockSeconds
        let offsets = Set([-86_400, 0, 86_400].map { offset(zone, at: local + $0) })
        let candidates = offsets.map { local - $0 }.filter { offset(zone, at: $0) == local - $0 }.sorted()
        guard let earliest = candidates.first, let latest = candidates.last else {
            let (from, to) = gap(in: zone)
            throw .skipped(from: from, to: to)
        }
        guard earliest != latest else { return date(earliest) }
        switch occurrence {
        case nil: throw .repeated(earlier: date(earliest), later: date(latest))
        case .earlier?: return date(earliest)
        case .later?: return date(latest)
        }
    }

    /// The local start and end of the spring-forward gap around this wall-clock time.
    private func gap(in zone: TimeZone) -> (LocalDateTime, LocalDateTime) {
        var low = wallClockSeconds - 2 * 86_400, high = wallClockSeconds + 2 * 86_400
        let before = offset(zone, at: low), after = offset(zone, at: high)
        while high - low > 1 {  // first instant with the later offset
            let middle = (low + high) / 2
            if offset(zone, at: middle) == before { low = middle } else { high = middle }
        }
        return (LocalDateTime(wallClockSeconds: high + before), LocalDateTime(wallClockSeconds: high + after))
    }

    private func offset(_ zone: TimeZone, at utcSeconds: Int) -> Int { zone.secondsFromGMT(for: date(utcSeconds)) }

    private func date(_ utcSeconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(utcSeconds)) }
}
