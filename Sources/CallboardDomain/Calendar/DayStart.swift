import Foundation

extension LocalDate {
    /// The first instant of this day on `zone`'s clock.
    ///
    /// Certifications are granted and expire on local days, and local months begin at a local
    /// midnight, so both need the real instant a local day starts. That is midnight, except in
    /// zones whose clocks spring forward over midnight, where the day starts when the gap ends;
    /// a midnight that happens twice starts the day at its earlier occurrence.
    public func start(in zone: TimeZone) -> Date {
        let midnight = LocalDateTime(date: self, time: LocalTime(minutesSinceMidnight: 0))
        do {
            return try midnight.instant(in: zone, occurrence: .earlier)
        } catch {
            switch error {
            case let .repeated(earlier, _):
                return earlier
            case let .skipped(_, gapEnd):
                let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(
                    gapEnd.wallClockSeconds + 86_400)))
                return Date(timeIntervalSince1970: TimeInterval(gapEnd.wallClockSeconds - after))
            }
        }
    }
}
