import Foundation

/// When a queue takes contacts, in the market's timezone: around the clock, or per weekday.
/// Staffing is only required while the queue is open, and business-hours SLAs count only
/// these hours.
public enum HoursOfOperation: Hashable, Sendable, Codable {
    case alwaysOpen
    /// Open on the listed weekdays only; a missing weekday means closed all day.
    case weekly([Weekday: OpeningHours])

    /// Whether the queue is open at `instant`, reading the wall clock in `zone`.
    public func isOpen(at instant: Date, in zone: TimeZone) -> Bool {
        guard case let .weekly(days) = self else { return true }
        let local = LocalDateTime(instant, in: zone)
        let minute = local.time.minutesSinceMidnight
        if let today = days[local.date.weekday], today.coversSameDay(minute) { return true }
        guard let yesterday = days[local.date.adding(days: -1).weekday] else { return false }
        return yesterday.coversNextDay(minute)
    }
}

/// One day's opening hours in local wall-clock time. A closing time at or before the opening
/// time means the queue stays open past midnight (22:00-06:00); 00:00-00:00 is the whole day.
public struct OpeningHours: Hashable, Sendable, Codable {
    public let open: LocalTime
    public let close: LocalTime

    public init(open: LocalTime, close: LocalTime) {
        self.open = open
        self.close = close
    }

    public var runsPastMidnight: Bool { close <= open }

    func coversSameDay(_ minute: Int) -> Bool {
        minute >= open.minutesSinceMidnight && (runsPastMidnight || minute < close.minutesSinceMidnight)
    }

    func coversNextDay(_ minute: Int) -> Bool {
        runsPastMidnight && minute < close.minutesSinceMidnight
    }
}

extension FieldChecks {
    mutating func requireHours(_ hours: HoursOfOperation, _ field: String) {
        guard case let .weekly(days) = hours else { return }
        require(!days.isEmpty, field, "no open days", "must open on at least one weekday or be always open")
    }
}
